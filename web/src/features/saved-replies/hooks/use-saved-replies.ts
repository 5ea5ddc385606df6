import { useQuery } from '@tanstack/react-query';
import { fetchSavedReplies } from '../api';

export const savedReplyKeys = {
  list: ['saved-replies'] as const,
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
