import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '@webcare/shared';
import { DEFAULT_FILTERS } from '../lib/queue-filters';
import { placeRow, queueIds, type QueuePage } from '../lib/queue-pages';
import { row } from './rows';

function store(...rows: ConversationSummary[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (id: string) => byId.get(id);
}

const urgent = row('u', { priority: 'urgent' });
const high = row('h', { priority: 'high' });
const normal = row('n');
const low = row('l', { priority: 'low' });

describe('queueIds', () => {
  it('lists every id once, in page order', () => {
    expect(
      queueIds([
        { ids: ['a', 'b'], nextCursor: 'x' },
        { ids: ['b', 'c'], nextCursor: null },
      ]),
    ).toEqual(['a', 'b', 'c']);
  });
});

describe('placeRow', () => {
  const pages: QueuePage[] = [
    { ids: ['u', 'n'], nextCursor: 'p2' },
    { ids: ['l'], nextCursor: null },
  ];

  it('puts a new row in its place in the page where it belongs', () => {
    const next = placeRow(pages, high, store(urgent, high, normal, low), DEFAULT_FILTERS, 'me');
    expect(next.map((p) => p.ids)).toEqual([['u', 'h', 'n'], ['l']]);
  });

  it('moves a row whose priority changed', () => {
    const raised = row('l', { priority: 'urgent', lastMessageAt: '2026-03-18T11:00:00Z' });
    const next = placeRow(pages, raised, store(urgent, normal, raised), DEFAULT_FILTERS, 'me');
    expect(next.map((p) => p.ids)).toEqual([['l', 'u', 'n'], []]);
  });

  it('takes out a row that no longer matches the filters', () => {
    const resolved = row('n', { status: 'resolved' });
    const next = placeRow(pages, resolved, store(urgent, resolved, low), DEFAULT_FILTERS, 'me');
    expect(next.map((p) => p.ids)).toEqual([['u'], ['l']]);
  });

  it('leaves out a row past the last loaded one while more pages exist', () => {
    const onePage: QueuePage[] = [{ ids: ['u', 'n'], nextCursor: 'p2' }];
    const next = placeRow(onePage, low, store(urgent, normal, low), DEFAULT_FILTERS, 'me');
    expect(next).toBe(onePage);
  });

  it('appends it when the whole queue is loaded', () => {
    const all: QueuePage[] = [{ ids: ['u', 'n'], nextCursor: null }];
    const next = placeRow(all, low, store(urgent, normal, low), DEFAULT_FILTERS, 'me');
    expect(next.map((p) => p.ids)).toEqual([['u', 'n', 'l']]);
  });

  it('returns the same pages when nothing moves', () => {
    const same = row('n', { lastMessagePreview: 'Nieuw bericht' });
    expect(placeRow(pages, same, store(urgent, same, low), DEFAULT_FILTERS, 'me')).toBe(pages);
    expect(placeRow([], same, store(same), DEFAULT_FILTERS, 'me')).toEqual([]);
  });
});
