import type { ConversationSummary } from '@webcare/shared';
import { matchesFilters, type QueueFilters } from './queue-filters';
import { compareRows } from './queue-order';

/** One page of the queue as the cache keeps it: the conversation ids in queue order (summaries live apart). */
export interface QueuePage {
  ids: string[];
  nextCursor: string | null;
}

/** Every id of the loaded pages once, in queue order. */
export function queueIds(pages: readonly QueuePage[]): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const page of pages) {
    for (const id of page.ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}

/** The same rows in the same order (where the page boundaries fall does not matter). */
function sameOrder(a: readonly QueuePage[], b: readonly QueuePage[]): boolean {
  const left = a.flatMap((page) => page.ids);
  const right = b.flatMap((page) => page.ids);
  return left.length === right.length && left.every((id, index) => id === right[index]);
}

/**
 * Put a changed row in its place in the loaded pages, or take it out when it no longer matches the
 * filters. A row that would land past the last loaded one while more pages exist is left out: it will
 * arrive with its own page. Returns `pages` itself when nothing moves.
 */
export function placeRow(
  pages: readonly QueuePage[],
  row: ConversationSummary,
  summaryOf: (id: string) => ConversationSummary | undefined,
  filters: QueueFilters,
  currentUserId: string,
): readonly QueuePage[] {
  if (pages.length === 0) return pages;
  // Search results keep the order the server ranked them in; their rows still update in place.
  if (filters.q.trim()) return pages;
  const stripped = pages.map((page) =>
    page.ids.includes(row.id) ? { ...page, ids: page.ids.filter((id) => id !== row.id) } : page,
  );
  let next: QueuePage[] = stripped;
  if (matchesFilters(row, filters, currentUserId)) {
    let placed = false;
    for (let p = 0; p < stripped.length && !placed; p++) {
      const ids = stripped[p]!.ids;
      for (let i = 0; i < ids.length; i++) {
        const other = summaryOf(ids[i]!);
        if (other && compareRows(other, row) > 0) {
          next = stripped.map((page, index) =>
            index === p ? { ...page, ids: [...ids.slice(0, i), row.id, ...ids.slice(i)] } : page,
          );
          placed = true;
          break;
        }
      }
    }
    const last = stripped[stripped.length - 1]!;
    if (!placed && last.nextCursor === null) {
      next = stripped.map((page, index) =>
        index === stripped.length - 1 ? { ...page, ids: [...page.ids, row.id] } : page,
      );
    }
  }
  return sameOrder(next, pages) ? pages : next;
}
