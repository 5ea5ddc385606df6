import { describe, expect, it } from 'vitest';
import type { TopicReport } from '@webcare/shared';
import { chartGroups, monthOf, monthPeriod, topicOrder } from '../lib/insight';

const report = (groupBy: TopicReport['groupBy'], rows: [string, string | null, number][]): TopicReport => ({
  groupBy,
  rows: rows.map(([topic, key, count]) => ({
    topic,
    label: topic.toUpperCase(),
    key,
    count,
    conversations: count,
  })),
});

describe('monthPeriod', () => {
  it('runs from the first of the month to the first of the next, across a year end', () => {
    const period = monthPeriod('2026-12');
    expect(new Date(period.from).getDate()).toBe(1);
    expect(new Date(period.from).getMonth()).toBe(11);
    expect(new Date(period.to).getFullYear()).toBe(2027);
    expect(new Date(period.to).getMonth()).toBe(0);
    expect(monthOf(new Date(2026, 2, 15))).toBe('2026-03');
  });
});

describe('chartGroups', () => {
  it('makes one bar per week in date order, topics biggest first', () => {
    const groups = chartGroups(
      report('week', [
        ['bezoek', '2026-11-09', 2],
        ['wachtlijst', '2026-11-02', 1],
        ['wachtlijst', '2026-11-09', 5],
      ]),
    );
    expect(groups.map((g) => g.key)).toEqual(['2026-11-02', '2026-11-09']);
    expect(groups[1]).toMatchObject({ total: 7 });
    expect(groups[1].segments.map((s) => s.topic)).toEqual(['wachtlijst', 'bezoek']);
  });

  it('orders regions by their total', () => {
    const groups = chartGroups(
      report('region', [
        ['bezoek', 'Regio Zuid', 1],
        ['bezoek', 'Regio Noord', 3],
        ['wachtlijst', null, 2],
      ]),
    );
    expect(groups.map((g) => g.key)).toEqual(['Regio Noord', null, 'Regio Zuid']);
  });
});

describe('topicOrder', () => {
  it('puts the most frequent topic first', () => {
    expect(
      topicOrder(
        report('region', [
          ['bezoek', 'a', 1],
          ['wachtlijst', 'a', 2],
          ['bezoek', 'b', 3],
        ]),
      ),
    ).toEqual(['bezoek', 'wachtlijst']);
  });
});
