import {
  queryOptions,
  skipToken,
  useQueries,
  useQuery,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { ConversationSummary } from '@webcare/shared';

/**
 * The one place a conversation's summary lives (status, priority, assignee, flags, deadlines…). The queue
 * rows and the open conversation both read it here; the socket, the queue pages, the conversation itself
 * and the agent's own actions all write it here, and the queue re-orders itself when it changes.
 */
export const SUMMARY_KEY = 'conversation-summary';

export function summaryKey(id: string) {
  return [SUMMARY_KEY, id] as const;
}

function summaryQuery(id: string) {
  // Never fetched on its own: it is filled by whatever brings a summary in.
  return queryOptions<ConversationSummary>({
    queryKey: summaryKey(id),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function readSummary(queryClient: QueryClient, id: string): ConversationSummary | undefined {
  return queryClient.getQueryData<ConversationSummary>(summaryKey(id));
}

export function writeSummary(queryClient: QueryClient, row: ConversationSummary): void {
  queryClient.setQueryData<ConversationSummary>(summaryKey(row.id), row);
}

/** The summary of one conversation, live. */
export function useSummary(id: string): ConversationSummary | undefined {
  return useQuery(summaryQuery(id)).data;
}

function present(results: UseQueryResult<ConversationSummary>[]): ConversationSummary[] {
  return results.flatMap((result) => (result.data ? [result.data] : []));
}

/** The summaries of many conversations, in the order of `ids`, live. */
export function useSummaries(ids: readonly string[]): ConversationSummary[] {
  return useQueries({ queries: ids.map((id) => summaryQuery(id)), combine: present });
}

/** Call `listener` whenever a summary is written. Returns the unsubscribe function. */
export function onSummaryWritten(
  queryClient: QueryClient,
  listener: (row: ConversationSummary) => void,
): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (event.query.queryKey[0] !== SUMMARY_KEY) return;
    const row = event.query.state.data as ConversationSummary | undefined;
    if (row) listener(row);
  });
}
