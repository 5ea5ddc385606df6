import { useQuery } from '@tanstack/react-query';
import { fetchSavedReplies, fetchSavedReplyVariables } from '../api';

export const savedReplyKeys = {
  list: ['saved-replies'] as const,
  variables: ['saved-replies', 'variables'] as const,
};

/** The saved replies this user may use (the organisation's and their teams'). */
export function useSavedReplies(enabled = true) {
  return useQuery({
    queryKey: savedReplyKeys.list,
    queryFn: async ({ signal }) => (await fetchSavedReplies(signal)).items,
    staleTime: 60_000,
    enabled,
  });
}

export function useSavedReplyVariables(enabled = true) {
  return useQuery({
    queryKey: savedReplyKeys.variables,
    queryFn: ({ signal }) => fetchSavedReplyVariables(signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}
