import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useInfiniteQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import type { ConversationSummary } from '@webcare/shared';
import {
  onSummaryWritten,
  readSummary,
  useSummaries,
  writeSummary,
} from '../../../api/conversation-summaries';
import { useCurrentUser } from '../../../session/use-session';
import { useSocketEvent } from '../../../realtime/use-socket';
import { fetchConversationPage } from '../api';
import { toListQuery, type QueueFilters } from '../lib/queue-filters';
import { placeRow, queueIds, type QueuePage } from '../lib/queue-pages';

const FLASH_MS = 6000;

export type LoadStatus = 'loading' | 'ready' | 'error';

export const queueKeys = {
  list: (filters: QueueFilters) => ['queue', filters] as const,
};

export interface QueueController {
  items: ConversationSummary[];
  nextCursor: string | null;
  status: LoadStatus;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  /** Rows that just became urgent, shown with a short highlight. */
  flashIds: string[];
  loadMore: () => void;
  reload: () => void;
}

/**
 * The queue: first page, further pages on demand, refetched after a reconnect. The rows are the
 * conversation summaries; whenever one changes (socket, or the agent's own action) it moves to its place.
 */
export function useQueue(filters: QueueFilters): QueueController {
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const queryKey = queueKeys.list(filters);
  const query = useInfiniteQuery({
    queryKey,
    queryFn: async ({ pageParam, signal }): Promise<QueuePage> => {
      const page = await fetchConversationPage(toListQuery(filters, pageParam), signal);
      for (const row of page.items) writeSummary(queryClient, row);
      return { ids: page.items.map((row) => row.id), nextCursor: page.nextCursor };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  // Keep this list in step with every summary written anywhere.
  useEffect(
    () =>
      onSummaryWritten(queryClient, (row) => {
        queryClient.setQueryData<InfiniteData<QueuePage, string | null>>(queueKeys.list(filters), (data) => {
          if (!data) return data;
          const pages = placeRow(data.pages, row, (id) => readSummary(queryClient, id), filters, user.id);
          return pages === data.pages ? data : { ...data, pages: [...pages] };
        });
      }),
    [queryClient, filters, user.id],
  );

  const pages = query.data?.pages;
  const ids = useMemo(() => (pages ? queueIds(pages) : []), [pages]);
  const items = useSummaries(ids);

  // A row that turns urgent while the agent watches lights up for a moment.
  const [flashIds, setFlashIds] = useState<string[]>([]);
  const shown = useRef(new Map<string, ConversationSummary['priority']>());
  shown.current = new Map(items.map((row) => [row.id, row.priority]));
  const flashIfUrgent = useCallback((row: ConversationSummary) => {
    if (row.priority !== 'urgent' || shown.current.get(row.id) === 'urgent') return;
    setFlashIds((current) => (current.includes(row.id) ? current : [...current, row.id]));
    window.setTimeout(() => setFlashIds((current) => current.filter((id) => id !== row.id)), FLASH_MS);
  }, []);
  useSocketEvent('conversation.created', flashIfUrgent);
  useSocketEvent('conversation.updated', flashIfUrgent);

  const { fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError, refetch } = query;
  const firstPageLoading = query.isFetching && !isFetchingNextPage;
  const status: LoadStatus =
    query.isPending || (query.isError && !isFetchNextPageError && firstPageLoading)
      ? 'loading'
      : query.isError && !isFetchNextPageError
        ? 'error'
        : 'ready';
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage && status === 'ready') void fetchNextPage();
  }, [fetchNextPage, hasNextPage, isFetchingNextPage, status]);
  const reload = useCallback(() => void refetch(), [refetch]);

  return {
    items,
    nextCursor: pages?.at(-1)?.nextCursor ?? null,
    status,
    loadingMore: isFetchingNextPage,
    loadMoreFailed: isFetchNextPageError && !isFetchingNextPage,
    flashIds: flashIds.filter((id) => items.some((row) => row.id === id)),
    loadMore,
    reload,
  };
}
