import { PRIORITY_RANK, type ConversationSummary } from '@webcare/shared';

function time(iso: string | null): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  const value = Date.parse(iso);
  return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
}

/** The queue order of the API: priority, then SLA due time (none last), then most recent message. */
export function compareRows(a: ConversationSummary, b: ConversationSummary): number {
  const byPriority = PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority];
  if (byPriority !== 0) return byPriority;
  const dueA = time(a.slaDueAt);
  const dueB = time(b.slaDueAt);
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  const lastA = Date.parse(a.lastMessageAt) || 0;
  const lastB = Date.parse(b.lastMessageAt) || 0;
  if (lastA !== lastB) return lastB - lastA;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Index at which `row` belongs in the already ordered `rows`. */
export function insertionIndex(rows: readonly ConversationSummary[], row: ConversationSummary): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareRows(rows[mid]!, row) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}
