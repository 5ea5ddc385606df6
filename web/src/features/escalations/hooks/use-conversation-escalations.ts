import { useCallback, useEffect, useState } from 'react';
import type { EscalationView } from '@webcare/shared';
import { isAbortError } from '../../../api/client';
import { useRealtime, useSocketEvent } from '../../realtime/hooks/use-socket';
import { fetchEscalations } from '../api';

/** Every escalation of one conversation, newest first, kept live. */
export function useConversationEscalations(conversationId: string): {
  items: EscalationView[];
  upsert: (escalation: EscalationView) => void;
} {
  const { reconnects } = useRealtime();
  const [state, setState] = useState<{ id: string; items: EscalationView[] }>({
    id: conversationId,
    items: [],
  });

  useEffect(() => {
    const controller = new AbortController();
    fetchEscalations({ conversation: conversationId }, controller.signal)
      .then((page) => setState({ id: conversationId, items: page.items }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState({ id: conversationId, items: [] });
      });
    return () => controller.abort();
  }, [conversationId, reconnects]);

  const upsert = useCallback(
    (escalation: EscalationView) => {
      if (escalation.conversationId !== conversationId) return;
      setState((current) => {
        const items = current.id === conversationId ? current.items : [];
        const rest = items.filter((item) => item.id !== escalation.id);
        return { id: conversationId, items: [escalation, ...rest] };
      });
    },
    [conversationId],
  );
  useSocketEvent('escalation.created', upsert);
  useSocketEvent('escalation.updated', upsert);

  const items = state.id === conversationId ? state.items : [];
  return { items: [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)), upsert };
}
