/** Newest danger first; rows without a time last, then by id so the order is stable. */
export function orderLane<T extends { id: string; dangerSince: string | null }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.dangerSince !== b.dangerSince) {
      if (!a.dangerSince) return 1;
      if (!b.dangerSince) return -1;
      return a.dangerSince < b.dangerSince ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
