import { describe, expect, it } from 'vitest';
import { compareRows, insertionIndex } from '../lib/queue-order';
import { row } from './rows';

describe('compareRows', () => {
  it('orders by priority first', () => {
    expect(compareRows(row('a', { priority: 'urgent' }), row('b', { priority: 'high' }))).toBeLessThan(0);
  });

  it('then by SLA due time, rows without one last', () => {
    const soon = row('a', { slaDueAt: '2026-03-18T10:05:00Z' });
    const later = row('b', { slaDueAt: '2026-03-18T11:00:00Z' });
    const none = row('c');
    expect(compareRows(soon, later)).toBeLessThan(0);
    expect(compareRows(later, none)).toBeLessThan(0);
  });

  it('then the most recent message first, then the id', () => {
    const recent = row('b', { lastMessageAt: '2026-03-18T12:00:00Z' });
    const older = row('a', { lastMessageAt: '2026-03-18T09:00:00Z' });
    expect(compareRows(recent, older)).toBeLessThan(0);
    expect(compareRows(row('a'), row('b'))).toBeLessThan(0);
  });
});

describe('insertionIndex', () => {
  it('finds where a row belongs in an ordered list', () => {
    const rows = [row('u', { priority: 'urgent' }), row('n'), row('l', { priority: 'low' })];
    expect(insertionIndex(rows, row('h', { priority: 'high' }))).toBe(1);
    expect(insertionIndex(rows, row('z', { priority: 'low' }))).toBe(3);
    expect(insertionIndex([], row('a'))).toBe(0);
  });
});
