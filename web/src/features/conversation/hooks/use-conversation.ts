import { useCallback, useEffect, useMemo } from 'react';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ConversationDetail, ConversationSummary, MessageView } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { readSummary, useSummary, writeSummary } from '../../../api/conversation-summaries';
import { useRealtime } from '../../../realtime/use-socket';
import { fetchConversation } from '../api';
import { mergeSummary, replaceLocalMessage, toSummary, upsertMessage } from '../lib/messages';

export type ConversationLoad = 'loading' | 'ready' | 'error' | 'not-found';

export interface ConversationController {
  /** The conversation as shown: its thread and contact, with the summary fields from the one summary store. */
  detail: ConversationDetail | null;
  load: ConversationLoad;
  reload: () => void;
  addMessage: (message: MessageView) => void;
  replaceMessage: (localId: string, stored: MessageView) => void;
  removeMessage: (id: string) => void;
}

export const conversationKeys = {
  detail: (id: string) => ['conversation', id] as const,
};

/** Loads a conversation; its summary fields go to the summary store (which also marks it read). */
export async function loadConversation(
  queryClient: QueryClient,
  id: string,
  signal?: AbortSignal,
): Promise<ConversationDetail> {
  const detail = await fetchConversation(id, signal);
  writeSummary(queryClient, { ...readSummary(queryClient, id), ...toSummary(detail) });
  return detail;
}

/** Write the summary of the conversation as shown, with a change (after the agent's own action). */
export function storeSummaryOf(
  queryClient: QueryClient,
  detail: ConversationDetail,
  change: Partial<ConversationSummary>,
): void {
  writeSummary(queryClient, { ...readSummary(queryClient, detail.id), ...toSummary(detail), ...change });
}

function updateMessages(
  queryClient: QueryClient,
  id: string,
  update: (messages: MessageView[]) => MessageView[],
): void {
  queryClient.setQueryData<ConversationDetail>(conversationKeys.detail(id), (current) =>
    current ? { ...current, messages: update(current.messages) } : current,
  );
}

/** A message arrived or changed (delivery and read receipts, a comment hidden on the channel). */
export function applyMessageEvent(
  queryClient: QueryClient,
  payload: { conversationId: string; message: MessageView },
): void {
  updateMessages(queryClient, payload.conversationId, (messages) => upsertMessage(messages, payload.message));
}

/** A live summary of a loaded conversation: a new suggestion arrives as a kind only, so fetch its text. */
export function applySummaryEvent(queryClient: QueryClient, row: ConversationSummary): void {
  const detail = queryClient.getQueryData<ConversationDetail>(conversationKeys.detail(row.id));
  if (detail && row.suggestedSwitch !== null && detail.suggestedSwitch?.kind !== row.suggestedSwitch) {
    void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(row.id) });
  }
}

/** One open conversation: loads it, tells colleagues we are viewing it; the socket keeps it live. */
export function useConversation(id: string): ConversationController {
  const queryClient = useQueryClient();
  const { socket } = useRealtime();
  const query = useQuery({
    queryKey: conversationKeys.detail(id),
    queryFn: ({ signal }) => loadConversation(queryClient, id, signal),
  });
  const summary = useSummary(id);

  useEffect(() => {
    if (!socket) return;
    const join = () => socket.emit('conversation.view', { conversationId: id });
    join();
    socket.on('connect', join);
    return () => {
      socket.off('connect', join);
      socket.emit('conversation.leave', { conversationId: id });
    };
  }, [socket, id]);

  const loaded = query.data;
  const detail = useMemo(
    () => (loaded ? (summary ? mergeSummary(loaded, summary) : loaded) : null),
    [loaded, summary],
  );
  // A failed refresh of a conversation on screen keeps showing it.
  const load: ConversationLoad = loaded
    ? 'ready'
    : query.isPending || query.isFetching
      ? 'loading'
      : isApiError(query.error, 404) || isApiError(query.error, 403)
        ? 'not-found'
        : 'error';

  const addMessage = useCallback(
    (message: MessageView) => updateMessages(queryClient, id, (messages) => upsertMessage(messages, message)),
    [queryClient, id],
  );
  const replaceMessage = useCallback(
    (localId: string, stored: MessageView) =>
      updateMessages(queryClient, id, (messages) => replaceLocalMessage(messages, localId, stored)),
    [queryClient, id],
  );
  const removeMessage = useCallback(
    (messageId: string) =>
      updateMessages(queryClient, id, (messages) => messages.filter((item) => item.id !== messageId)),
    [queryClient, id],
  );
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);

  return { detail, load, reload, addMessage, replaceMessage, removeMessage };
}
