import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, isDefaultFilters, matchesFilters, toListQuery } from '../lib/queue-filters';
import { row } from './rows';

describe('toListQuery', () => {
  it('asks for every status but resolved by default', () => {
    expect(toListQuery(DEFAULT_FILTERS)).toEqual({ limit: 50, status: 'new,open,pending,escalated' });
  });

  it('adds channel, flag, assignee and the cursor when set', () => {
    expect(
      toListQuery({ status: 'resolved', channel: 'whatsapp', flag: 'crisis', assignee: 'me', q: '' }, 'c1'),
    ).toEqual({
      limit: 50,
      status: 'resolved',
      channel: 'whatsapp',
      flag: 'crisis',
      assignee: 'me',
      cursor: 'c1',
    });
    expect(toListQuery({ ...DEFAULT_FILTERS, status: null })).toEqual({ limit: 50 });
  });

  it('sends the search words, trimmed, together with the filters', () => {
    expect(toListQuery({ ...DEFAULT_FILTERS, channel: 'sms', q: '  afspraak verzetten ' })).toEqual({
      limit: 50,
      status: 'new,open,pending,escalated',
      channel: 'sms',
      q: 'afspraak verzetten',
    });
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, q: 'x' })).toBe(false);
  });
});

describe('matchesFilters', () => {
  it('applies the same filter as the API to live rows', () => {
    expect(matchesFilters(row('a'), DEFAULT_FILTERS, 'me')).toBe(true);
    expect(matchesFilters(row('a', { status: 'resolved' }), DEFAULT_FILTERS, 'me')).toBe(false);
    expect(
      matchesFilters(row('a', { channel: 'sms' }), { ...DEFAULT_FILTERS, channel: 'whatsapp' }, 'me'),
    ).toBe(false);
    const flagged = row('a', { flags: [{ code: 'crisis', severity: 'critical' }] });
    expect(matchesFilters(flagged, { ...DEFAULT_FILTERS, flag: 'crisis' }, 'me')).toBe(true);
    expect(matchesFilters(row('a'), { ...DEFAULT_FILTERS, flag: 'crisis' }, 'me')).toBe(false);
  });

  it('knows "mine" and "nobody\'s"', () => {
    const mine = row('a', { assignee: { id: 'u1', name: 'Anouk' } });
    expect(matchesFilters(mine, { ...DEFAULT_FILTERS, assignee: 'me' }, 'u1')).toBe(true);
    expect(matchesFilters(mine, { ...DEFAULT_FILTERS, assignee: 'me' }, 'u2')).toBe(false);
    expect(matchesFilters(mine, { ...DEFAULT_FILTERS, assignee: 'none' }, 'u1')).toBe(false);
    expect(matchesFilters(row('b'), { ...DEFAULT_FILTERS, assignee: 'none' }, 'u1')).toBe(true);
  });

  it('tells the default filters apart', () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters({ ...DEFAULT_FILTERS, assignee: 'me' })).toBe(false);
  });
});
