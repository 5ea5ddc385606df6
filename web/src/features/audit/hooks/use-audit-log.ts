import { useCallback, useEffect, useState } from 'react';
import type { AuditItem, AuditQuery } from '@webcare/shared';
import { isAbortError } from '../../../api/client';
import { fetchAuditPage } from '../api';

export interface AuditLogState {
  items: AuditItem[];
  nextCursor: string | null;
  loading: boolean;
  error: boolean;
  loadMore: () => void;
}

const PAGE = 100;

/** The access log, newest first, for the given filters; more pages on request. */
export function useAuditLog(filters: AuditQuery): AuditLogState {
  const [state, setState] = useState<Omit<AuditLogState, 'loadMore'>>({
    items: [],
    nextCursor: null,
    loading: true,
    error: false,
  });

  useEffect(() => {
    const controller = new AbortController();
    setState({ items: [], nextCursor: null, loading: true, error: false });
    fetchAuditPage({ ...filters, limit: PAGE }, controller.signal)
      .then((page) =>
        setState({ items: page.items, nextCursor: page.nextCursor, loading: false, error: false }),
      )
      .catch((error: unknown) => {
        if (!isAbortError(error)) setState((s) => ({ ...s, loading: false, error: true }));
      });
    return () => controller.abort();
  }, [filters]);

  const loadMore = useCallback(() => {
    if (!state.nextCursor || state.loading) return;
    setState((s) => ({ ...s, loading: true }));
    fetchAuditPage({ ...filters, limit: PAGE, cursor: state.nextCursor })
      .then((page) =>
        setState((s) => ({
          items: [...s.items, ...page.items],
          nextCursor: page.nextCursor,
          loading: false,
          error: false,
        })),
      )
      .catch(() => setState((s) => ({ ...s, loading: false, error: true })));
  }, [filters, state.nextCursor, state.loading]);

  return { ...state, loadMore };
}
