import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../../i18n/i18n';
import { useNow } from '../../../hooks/use-now';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { IconCheck, IconRefresh, IconWarning } from '../../../components/ui/icons';
import { isDefaultFilters } from '../lib/queue-filters';
import { useQueueContext } from '../hooks/use-queue-context';
import { QueueRow } from './queue-row';
import { QueueSkeleton } from './queue-skeleton';

/** A row with one line of chips; a row whose chips wrap grows, and the list measures it. */
export const ROW_HEIGHT = 84;
const LOAD_AHEAD = 12;

export function QueueList() {
  const t = useT();
  const now = useNow();
  const { queue, filters, cursorId, openId, open } = useQueueContext();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, status, nextCursor, loadingMore, loadMoreFailed, flashIds, loadMore } = queue;

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => items[index]?.id ?? index,
  });

  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.length > 0 ? virtualItems[virtualItems.length - 1]!.index : -1;

  useEffect(() => {
    if (nextCursor && !loadingMore && !loadMoreFailed && lastIndex >= items.length - LOAD_AHEAD) loadMore();
  }, [lastIndex, items.length, nextCursor, loadingMore, loadMoreFailed, loadMore]);

  // Keep the keyboard cursor in view.
  useEffect(() => {
    if (!cursorId) return;
    const index = items.findIndex((item) => item.id === cursorId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [cursorId, items, virtualizer]);

  // A conversation opened from a link (or a reload) is scrolled into view once its row has loaded.
  const shownOpenId = useRef<string | null>(null);
  useEffect(() => {
    if (!openId || shownOpenId.current === openId) return;
    const index = items.findIndex((item) => item.id === openId);
    if (index < 0) return;
    shownOpenId.current = openId;
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [openId, items, virtualizer]);

  if (status === 'loading') return <QueueSkeleton />;
  if (status === 'error') {
    return (
      <EmptyState
        tone="danger"
        icon={<IconWarning size={22} />}
        title={t('queue.error')}
        action={
          <Button icon={<IconRefresh />} onClick={queue.reload} data-testid="queue-retry">
            {t('queue.retry')}
          </Button>
        }
      />
    );
  }
  if (items.length === 0) {
    const filtered = !isDefaultFilters(filters.filters);
    return (
      <div data-testid="queue-empty" className="queue-empty">
        <EmptyState
          icon={<IconCheck size={22} />}
          title={
            filters.filters.q.trim()
              ? t('search.empty')
              : filtered
                ? t('queue.emptyFiltered')
                : t('queue.empty')
          }
          action={filtered ? <Button onClick={filters.clear}>{t('queue.clearFilters')}</Button> : undefined}
        />
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className="queue-scroll"
      role="list"
      aria-label={t('queue.label')}
      aria-busy={loadingMore}
    >
      <div className="queue-scroll__inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualItems.map((virtualRow) => {
          const row = items[virtualRow.index]!;
          return (
            <div
              key={virtualRow.key}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              role="listitem"
              className="queue-scroll__item"
              style={{ transform: `translateY(${virtualRow.start}px)` }}
            >
              <QueueRow
                row={row}
                now={now}
                active={row.id === openId}
                cursor={row.id === cursorId}
                flash={flashIds.includes(row.id)}
                onOpen={open}
              />
            </div>
          );
        })}
      </div>
      {(loadingMore || loadMoreFailed) && (
        <div className="queue-scroll__footer">
          {loadMoreFailed ? (
            <Button size="sm" icon={<IconRefresh />} onClick={loadMore}>
              {t('queue.retry')}
            </Button>
          ) : (
            <span className="muted">
              <span className="spinner" aria-hidden="true" /> {t('queue.loadingMore')}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
