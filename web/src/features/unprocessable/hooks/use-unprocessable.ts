import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchUnprocessable, retryUnprocessable } from '../api';

const KEY = ['ingest', 'unprocessable'] as const;

/** The events that failed every retry (refreshed every 30 s), and a retry that takes one off the list. */
export function useUnprocessable() {
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => fetchUnprocessable(signal),
    refetchInterval: 30_000,
  });
  const retry = useMutation({
    mutationFn: retryUnprocessable,
    onSettled: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
  return { list, retry };
}
