import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { ConversationSummary } from '@webcare/shared';
import { isAbortError } from '../../../api/client';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useRealtime, useSocketEvent } from '../../realtime/hooks/use-socket';
import { fetchConversationPage } from '../api';
import { toListQuery, type QueueFilters } from '../lib/queue-filters';
import { INITIAL_QUEUE_STATE, queueReducer, type QueueState } from '../lib/queue-state';

const FLASH_MS = 6000;

export interface QueueController extends QueueState {
  loadMore: () => void;
  reload: () => void;
  /** Put a changed row in its place (or take it out when it no longer matches the filters). */
  applyRow: (row: ConversationSummary) => void;
  /** Merge a local change into a row, e.g. right after the agent assigned or resolved it. */
  applyPatch: (id: string, patch: Partial<ConversationSummary>) => void;
}

/** The queue: first page, infinite pages, live upserts from the socket, refetch after a reconnect. */
export function useQueue(filters: QueueFilters): QueueController {
  const user = useCurrentUser();
  const { reconnects } = useRealtime();
  const [state, dispatch] = useReducer(queueReducer, INITIAL_QUEUE_STATE);
  const generation = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const [reloadToken, forceReload] = useReducer((n: number) => n + 1, 0);
  const hardKeyRef = useRef('');

  useEffect(() => {
    const current = ++generation.current;
    const controller = new AbortController();
    // A reconnect refreshes the list in place; new filters or a retry start from a clean list.
    const hardKey = `${JSON.stringify(filters)}|${reloadToken}`;
    if (hardKeyRef.current !== hardKey) {
      hardKeyRef.current = hardKey;
      dispatch({ type: 'reset' });
    }
    fetchConversationPage(toListQuery(filters), controller.signal)
      .then((page) => {
        if (current === generation.current) {
          dispatch({ type: 'page-loaded', items: page.items, nextCursor: page.nextCursor, append: false });
        }
      })
      .catch((error: unknown) => {
        if (!isAbortError(error) && current === generation.current)
          dispatch({ type: 'load-failed', append: false });
      });
    return () => controller.abort();
  }, [filters, reloadToken, reconnects]);

  const loadMore = useCallback(() => {
    const { nextCursor, loadingMore, status } = stateRef.current;
    if (!nextCursor || loadingMore || status !== 'ready') return;
    const current = generation.current;
    dispatch({ type: 'load-more' });
    fetchConversationPage(toListQuery(filtersRef.current, nextCursor))
      .then((page) => {
        if (current === generation.current) {
          dispatch({ type: 'page-loaded', items: page.items, nextCursor: page.nextCursor, append: true });
        }
      })
      .catch(() => {
        if (current === generation.current) dispatch({ type: 'load-failed', append: true });
      });
  }, []);

  const upsert = useCallback(
    (row: ConversationSummary, live: boolean) => {
      dispatch({ type: 'upsert', row, filters: filtersRef.current, currentUserId: user.id, live });
      if (live && row.priority === 'urgent') {
        window.setTimeout(() => dispatch({ type: 'unflash', id: row.id }), FLASH_MS);
      }
    },
    [user.id],
  );

  useSocketEvent('conversation.created', (row) => upsert(row, true));
  useSocketEvent('conversation.updated', (row) => upsert(row, true));

  const applyRow = useCallback((row: ConversationSummary) => upsert(row, false), [upsert]);
  const applyPatch = useCallback(
    (id: string, patch: Partial<ConversationSummary>) => {
      const row = stateRef.current.items.find((item) => item.id === id);
      if (row) upsert({ ...row, ...patch }, false);
    },
    [upsert],
  );

  return { ...state, loadMore, reload: forceReload, applyRow, applyPatch };
}
