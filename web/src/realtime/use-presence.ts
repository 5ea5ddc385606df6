import { useCallback, useState } from 'react';
import type { PresencePayload } from '@webcare/shared';
import { useCurrentUser } from '../session/use-session';
import { useSocketEvent } from './use-socket';

export type Viewer = PresencePayload['viewers'][number];

/** Colleagues who have the same conversation open (and whether they are typing). */
export function usePresence(conversationId: string): Viewer[] {
  const me = useCurrentUser();
  const [state, setState] = useState<{ id: string; viewers: Viewer[] }>({ id: conversationId, viewers: [] });
  const onPresence = useCallback(
    (payload: PresencePayload) => {
      if (payload.conversationId !== conversationId) return;
      setState({ id: conversationId, viewers: payload.viewers.filter((viewer) => viewer.userId !== me.id) });
    },
    [conversationId, me.id],
  );
  useSocketEvent('presence', onPresence);
  return state.id === conversationId ? state.viewers : [];
}
