import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditItem, AuditQuery } from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { fetchAuditPage } from '../api';

export interface AuditLogState {
  items: AuditItem[];
  nextCursor: string | null;
  loading: boolean;
  error: boolean;
  /** The server asks for a login with two-factor verification first. */
  needsSecondFactor: boolean;
  loadMore: () => void;
}

const PAGE = 100;

/** The access log, newest first, for the given filters; more pages on request. */
export function useAuditLog(filters: AuditQuery): AuditLogState {
  const query = useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      fetchAuditPage({ ...filters, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const pages = query.data?.pages ?? [];
  const loading = query.isPending || query.isFetchingNextPage;
  return {
    items: pages.flatMap((page) => page.items),
    nextCursor: pages.at(-1)?.nextCursor ?? null,
    loading,
    error: query.isError,
    needsSecondFactor: isApiError(query.error) && query.error.code === 'TWO_FACTOR_REQUIRED',
    loadMore: () => {
      if (query.hasNextPage && !loading) void query.fetchNextPage();
    },
  };
}
