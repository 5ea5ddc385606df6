import type { WidgetOpeningWeek } from '@webcare/shared';

const ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "ma–vr 08:30–17:00, za 10:00–14:00": consecutive days with the same hours written together. */
export function formatWeek(week: WidgetOpeningWeek, names: Record<(typeof ORDER)[number], string>): string {
  const hoursOf = (day: (typeof ORDER)[number]) =>
    (week[day] ?? []).map((period) => `${period.start}–${period.end}`).join(', ');
  const parts: string[] = [];
  let i = 0;
  while (i < ORDER.length) {
    const hours = hoursOf(ORDER[i]);
    let j = i;
    while (j + 1 < ORDER.length && hoursOf(ORDER[j + 1]) === hours) j++;
    if (hours) parts.push(`${names[ORDER[i]]}${j > i ? `–${names[ORDER[j]]}` : ''} ${hours}`);
    i = j + 1;
  }
  return parts.join(', ');
}
