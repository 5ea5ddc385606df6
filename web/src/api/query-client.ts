import { QueryClient } from '@tanstack/react-query';

/**
 * The console's cache of server state. The socket keeps it live and a socket reconnect refetches what is
 * on screen (pages/use-live-updates.ts), so queries do not refetch on window focus or when the browser
 * comes back online; a failed load shows its own retry instead of retrying behind the agent's back.
 * Requests always go out, also when the browser thinks it is offline: a reply that cannot be sent says so
 * at once (and keeps the draft) instead of waiting unseen for the connection to return.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
