import { describe, expect, it } from 'vitest';
import { orderLane } from '../lib/first-contact-lane';

describe('orderLane', () => {
  it('puts the newest danger first, rows without a time last, ties by id', () => {
    const rows = [
      { id: 'b', dangerSince: '2026-12-01T10:00:00.000Z' },
      { id: 'c', dangerSince: null },
      { id: 'a', dangerSince: '2026-12-01T11:00:00.000Z' },
      { id: 'd', dangerSince: '2026-12-01T10:00:00.000Z' },
    ];
    expect(orderLane(rows).map((row) => row.id)).toEqual(['a', 'b', 'd', 'c']);
  });
});
