import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConversationDetail, ConversationSummary, MessageView } from '@webcare/shared';
import { isAbortError, isApiError } from '../../../api/client';
import { useRealtime, useSocketEvent } from '../../realtime/hooks/use-socket';
import { fetchConversation } from '../api';
import { mergeSummary, replaceLocalMessage, upsertMessage } from '../lib/messages';

export type ConversationLoad = 'loading' | 'ready' | 'error' | 'not-found';

export interface ConversationController {
  detail: ConversationDetail | null;
  load: ConversationLoad;
  reload: () => void;
  addMessage: (message: MessageView) => void;
  replaceMessage: (localId: string, stored: MessageView) => void;
  removeMessage: (id: string) => void;
  applySummary: (row: ConversationSummary) => void;
}

interface MessageCreatedLike {
  conversationId: string;
  message: MessageView;
}

/** One open conversation: loads it, tells colleagues we are viewing it, and keeps it live. */
export function useConversation(id: string): ConversationController {
  const { socket, reconnects } = useRealtime();
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [load, setLoad] = useState<ConversationLoad>('loading');
  const [reloadToken, setReloadToken] = useState(0);
  const loadedIdRef = useRef<string | null>(null);
  const detailRef = useRef(detail);
  detailRef.current = detail;

  useEffect(() => {
    const controller = new AbortController();
    // Switching conversations shows the skeleton; a refresh of the same one happens in place.
    if (loadedIdRef.current !== id) {
      setDetail(null);
      setLoad('loading');
    }
    fetchConversation(id, controller.signal)
      .then((result) => {
        loadedIdRef.current = id;
        setDetail(result);
        setLoad('ready');
      })
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
        if (loadedIdRef.current === id) return;
        setLoad(isApiError(error, 404) || isApiError(error, 403) ? 'not-found' : 'error');
      });
    return () => controller.abort();
  }, [id, reloadToken, reconnects]);

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

  const onMessage = useCallback(
    (payload: MessageCreatedLike) => {
      if (payload.conversationId !== id) return;
      setDetail((current) =>
        current ? { ...current, messages: upsertMessage(current.messages, payload.message) } : current,
      );
    },
    [id],
  );
  useSocketEvent('message.created', onMessage);

  // Delivery and read receipts, and comments hidden on the channel.
  useSocketEvent('message.updated', onMessage);

  const applySummary = useCallback(
    (row: ConversationSummary) => {
      if (row.id !== id) return;
      const current = detailRef.current;
      // A new suggestion arrives as a kind only; its reason and template come with the full conversation.
      if (current && row.suggestedSwitch !== null && current.suggestedSwitch?.kind !== row.suggestedSwitch) {
        setReloadToken((n) => n + 1);
      }
      setDetail((latest) => (latest ? mergeSummary(latest, row) : latest));
    },
    [id],
  );
  useSocketEvent('conversation.updated', applySummary);

  const addMessage = useCallback((message: MessageView) => {
    setDetail((current) =>
      current ? { ...current, messages: upsertMessage(current.messages, message) } : current,
    );
  }, []);
  const replaceMessage = useCallback((localId: string, stored: MessageView) => {
    setDetail((current) =>
      current ? { ...current, messages: replaceLocalMessage(current.messages, localId, stored) } : current,
    );
  }, []);
  const removeMessage = useCallback((messageId: string) => {
    setDetail((current) =>
      current ? { ...current, messages: current.messages.filter((item) => item.id !== messageId) } : current,
    );
  }, []);
  const reload = useCallback(() => setReloadToken((n) => n + 1), []);

  return { detail, load, reload, addMessage, replaceMessage, removeMessage, applySummary };
}
