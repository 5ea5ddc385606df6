import { useCallback, useEffect, useState } from 'react';
import type { CallBackView } from '@webcare/shared';
import { isAbortError } from '../../../api/client';
import { useRealtime, useSocketEvent } from '../../realtime/hooks/use-socket';
import { fetchOpenCallBacks } from '../api';

/** Open call-back tasks of one conversation; refetched when its queue row changes (callBackDueAt). */
export function useCallBacks(conversationId: string): { items: CallBackView[]; reload: () => void } {
  const { reconnects } = useRealtime();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ id: string; items: CallBackView[] }>({
    id: conversationId,
    items: [],
  });

  useEffect(() => {
    const controller = new AbortController();
    fetchOpenCallBacks(conversationId, controller.signal)
      .then((page) => setState({ id: conversationId, items: page.items }))
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState({ id: conversationId, items: [] });
      });
    return () => controller.abort();
  }, [conversationId, reconnects, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useSocketEvent('conversation.updated', (summary) => {
    if (summary.id === conversationId) reload();
  });
  return { items: state.id === conversationId ? state.items : [], reload };
}
