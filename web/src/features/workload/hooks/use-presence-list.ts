import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgentPresence } from '@webcare/shared';
import { useSocketEvent } from '../../../realtime/use-socket';
import { fetchPresence, PRESENCE_KEY } from '../api';

/** Everyone working the queue with their presence, kept live by the socket. */
export function usePresenceList() {
  const queryClient = useQueryClient();
  useSocketEvent('agents.presence', (people: AgentPresence[]) => {
    queryClient.setQueryData(PRESENCE_KEY, people);
  });
  return useQuery({ queryKey: PRESENCE_KEY, queryFn: ({ signal }) => fetchPresence(signal) });
}
