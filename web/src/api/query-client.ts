import { QueryClient } from '@tanstack/react-query';

/**
 * The console's cache of server state. The socket keeps it live (see the live updates of the signed-in
 * app), so queries do not refetch on window focus; a failed load shows its own retry instead of retrying
 * behind the agent's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
