import { useQuery } from '@tanstack/react-query';
import type { UserSummary } from '@webcare/shared';
import { fetchUsers } from '../api';

/** Colleagues to assign to; fetched once per page load, and only when the menu is opened. */
export function useUsers(enabled: boolean): { users: UserSummary[] | null; failed: boolean } {
  const query = useQuery({
    queryKey: ['users'],
    queryFn: async ({ signal }) => {
      const result = await fetchUsers(signal);
      return Array.isArray(result) ? result : [];
    },
    enabled,
    staleTime: Infinity,
  });
  return { users: query.data ?? null, failed: query.isError };
}
