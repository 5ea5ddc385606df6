import type { Period } from '../api';

export const PERIOD_DAYS = [7, 30, 90] as const;
export type PeriodDays = (typeof PERIOD_DAYS)[number];

/** The last `days` days up to the end of today (local midnight boundaries). */
export function lastDays(days: number, now = new Date()): Period {
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const start = new Date(end.getFullYear(), end.getMonth(), end.getDate() - days);
  return { from: start.toISOString(), to: end.toISOString() };
}

/** Every local date `YYYY-MM-DD` of the period, so days without conversations still show on the chart. */
export function daysOf(period: Period): string[] {
  const days: string[] = [];
  const end = new Date(period.to);
  for (let d = new Date(period.from); d < end; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    const month = String(d.getMonth() + 1).padStart(2, '0');
    const day = String(d.getDate()).padStart(2, '0');
    days.push(`${d.getFullYear()}-${month}-${day}`);
  }
  return days;
}
