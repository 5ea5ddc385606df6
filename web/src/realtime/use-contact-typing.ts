import { useCallback, useEffect, useState } from 'react';
import type { ServerToClientEvents } from '@webcare/shared';
import { useSocketEvent } from './use-socket';

/** A lost "stopped typing" never leaves the indicator on for long. */
const TYPING_SHOWN_MS = 8_000;

/** Whether the person is typing right now (web chat tells us; other channels do not). */
export function useContactTyping(conversationId: string): boolean {
  const [state, setState] = useState<{ id: string; typing: boolean; at: number }>({
    id: conversationId,
    typing: false,
    at: 0,
  });
  const onTyping = useCallback<ServerToClientEvents['contact.typing']>(
    (payload) => {
      if (payload.conversationId !== conversationId) return;
      setState({ id: conversationId, typing: payload.typing, at: Date.now() });
    },
    [conversationId],
  );
  useSocketEvent('contact.typing', onTyping);
  useEffect(() => {
    if (!state.typing) return;
    const timer = setTimeout(
      () => setState((current) => (current.at === state.at ? { ...current, typing: false } : current)),
      TYPING_SHOWN_MS,
    );
    return () => clearTimeout(timer);
  }, [state.typing, state.at]);
  return state.id === conversationId && state.typing;
}
