import { useQuery } from '@tanstack/react-query';
import type { CallBackView } from '@webcare/shared';
import { fetchOpenCallBacks } from '../api';

export const callBackKeys = {
  open: (conversationId: string) => ['call-backs', 'open', conversationId] as const,
};

/** Open call-back tasks of one conversation; refreshed when its queue row changes (callBackDueAt). */
export function useCallBacks(conversationId: string): CallBackView[] {
  const { data } = useQuery({
    queryKey: callBackKeys.open(conversationId),
    queryFn: async ({ signal }) => (await fetchOpenCallBacks(conversationId, signal)).items,
  });
  return data ?? [];
}
