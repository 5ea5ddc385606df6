import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssigneeSummary, CloseReason, ConversationDetail, ConversationStatus } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { writeSummary } from '../../../api/conversation-summaries';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { useCurrentUser } from '../../../session/use-session';
import { assignConversation, setConversationStatus, unassignConversation } from '../api';
import { isSummary } from '../lib/messages';
import { conversationKeys, loadConversation, storeSummaryOf } from './use-conversation';

export type PendingAction = 'status' | 'assign' | null;

export interface ConversationActions {
  pending: PendingAction;
  error: string | null;
  clearError: () => void;
  setStatus: (status: ConversationStatus) => Promise<void>;
  /** Unanswered crisis or safeguarding work asks for a reason before it closes: the dialog is open. */
  closeAsked: boolean;
  cancelClose: () => void;
  closeWithReason: (reason: CloseReason, note: string) => Promise<void>;
  /** `undefined`: to me; `null`: release; otherwise the colleague. */
  assign: (to?: { id: string; name: string } | null) => Promise<void>;
}

type AssignTo = { id: string; name: string } | null | undefined;

export function useConversationActions(detail: ConversationDetail | null): ConversationActions {
  const t = useT();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [closeAsked, setCloseAsked] = useState(false);

  const statusMutation = useMutation({
    mutationFn: ({
      id,
      status,
      reason,
      note,
    }: {
      id: string;
      status: ConversationStatus;
      reason?: CloseReason;
      note?: string;
    }) => setConversationStatus(id, status, reason ? { reason, note: note || undefined } : {}),
    onMutate: () => setError(null),
    onSuccess: (response, { status }) => {
      setCloseAsked(false);
      if (isSummary(response)) writeSummary(queryClient, response);
      else if (detail) storeSummaryOf(queryClient, detail, { status });
    },
    onError: async (caught, { id }) => {
      if (isApiError(caught, 409) && caught.code === 'UNANSWERED_URGENT') {
        // Triage or the answer changed since the page loaded: ask for the reason now.
        setCloseAsked(true);
        return;
      }
      setCloseAsked(false);
      if (isApiError(caught, 409) && caught.code === 'ALREADY_CLOSED') {
        await queryClient
          .fetchQuery({
            queryKey: conversationKeys.detail(id),
            queryFn: ({ signal }) => loadConversation(queryClient, id, signal),
            staleTime: 0,
          })
          .catch(() => null);
        const named = /closed by (.+)$/.exec(caught.message)?.[1];
        setError(t('conversation.closedBy', { name: named ?? t('conversation.heldBySomeone') }));
        return;
      }
      setError(t('conversation.statusFailed', { message: errorMessage(caught, t) }));
    },
  });

  const assignMutation = useMutation({
    mutationFn: ({ id, to }: { id: string; to: AssignTo }) =>
      to === null
        ? unassignConversation(id)
        : assignConversation(id, to === undefined ? {} : { userId: to.id }),
    onMutate: () => setError(null),
    onSuccess: (response, { to }) => {
      const assignee: AssigneeSummary | null = to === undefined ? { id: me.id, name: me.name } : to;
      if (isSummary(response)) writeSummary(queryClient, response);
      else if (detail) storeSummaryOf(queryClient, detail, { assignee });
    },
    onError: async (caught, { id }) => {
      if (!isApiError(caught, 409)) {
        setError(t('conversation.assignFailed', { message: errorMessage(caught, t) }));
        return;
      }
      // Someone else took it first: show who, and bring the conversation up to date.
      const fresh = await queryClient
        .fetchQuery({
          queryKey: conversationKeys.detail(id),
          queryFn: ({ signal }) => loadConversation(queryClient, id, signal),
          staleTime: 0,
        })
        .catch(() => null);
      const named = /assigned to (.+)$/.exec(caught.message)?.[1];
      const holder = fresh?.assignee?.name ?? named ?? t('conversation.heldBySomeone');
      setError(t('conversation.heldBy', { name: holder }));
    },
  });

  const pending: PendingAction = statusMutation.isPending
    ? 'status'
    : assignMutation.isPending
      ? 'assign'
      : null;

  return {
    pending,
    error,
    clearError: () => setError(null),
    setStatus: async (status) => {
      if (!detail || detail.status === status) return;
      if (status === 'resolved' && detail.needsFirstContact) {
        setCloseAsked(true);
        return;
      }
      await statusMutation.mutateAsync({ id: detail.id, status }).catch(() => undefined);
    },
    closeAsked,
    cancelClose: () => setCloseAsked(false),
    closeWithReason: async (reason, note) => {
      if (!detail) return;
      await statusMutation
        .mutateAsync({ id: detail.id, status: 'resolved', reason, note: note.trim() })
        .catch(() => undefined);
    },
    assign: async (to) => {
      if (!detail) return;
      await assignMutation.mutateAsync({ id: detail.id, to }).catch(() => undefined);
    },
  };
}
