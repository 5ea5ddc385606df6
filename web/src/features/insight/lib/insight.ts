import type { TopicReport } from '@webcare/shared';

/** `YYYY-MM` of a date, in local time. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** The calendar month `YYYY-MM` as a period from its first local midnight to the next month's. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [year, monthNumber] = month.split('-').map(Number);
  return {
    from: new Date(year, monthNumber - 1, 1).toISOString(),
    to: new Date(year, monthNumber, 1).toISOString(),
  };
}

export interface ChartGroup {
  key: string | null;
  total: number;
  segments: { topic: string; label: string; count: number }[];
}

/** Report rows as one bar per group (week, region…), its topics as segments, biggest topic first. */
export function chartGroups(report: TopicReport): ChartGroup[] {
  const groups = new Map<string, ChartGroup>();
  for (const row of report.rows) {
    const id = row.key ?? '';
    const group = groups.get(id) ?? { key: row.key, total: 0, segments: [] };
    group.segments.push({ topic: row.topic, label: row.label, count: row.count });
    group.total += row.count;
    groups.set(id, group);
  }
  const list = [...groups.values()];
  for (const group of list)
    group.segments.sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic));
  return report.groupBy === 'week'
    ? list.sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''))
    : list.sort((a, b) => b.total - a.total);
}

/** Every topic in the report, most frequent first: one colour each, the same in every bar. */
export function topicOrder(report: TopicReport): string[] {
  const totals = new Map<string, number>();
  for (const row of report.rows) totals.set(row.topic, (totals.get(row.topic) ?? 0) + row.count);
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([topic]) => topic);
}
