import type { HolidayRegion } from './holidays';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** One open period of a day in local time, `HH:MM` to `HH:MM` (end `24:00` allowed), end after start. */
export interface OpeningPeriod {
  start: string;
  end: string;
}

/**
 * When a team counts time: an IANA time zone, opening periods per weekday (split hours are two periods),
 * and the regions whose public holidays close the team. `alwaysOpen` is 24x7: every second counts.
 */
export interface BusinessCalendar {
  timeZone: string;
  alwaysOpen: boolean;
  weekly: Partial<Record<Weekday, OpeningPeriod[]>>;
  holidays: HolidayRegion[];
  /** Extra closing days, `YYYY-MM-DD` local dates. */
  closedDates?: string[];
}

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

export const ALWAYS_OPEN: BusinessCalendar = {
  timeZone: DEFAULT_TIME_ZONE,
  alwaysOpen: true,
  weekly: {},
  holidays: [],
};

const OFFICE_DAY: OpeningPeriod[] = [{ start: '08:30', end: '17:00' }];

/** Monday to Friday 08:30–17:00 in Amsterdam, closed on Dutch public holidays. */
export const DEFAULT_OFFICE_HOURS: BusinessCalendar = {
  timeZone: DEFAULT_TIME_ZONE,
  alwaysOpen: false,
  weekly: { mon: OFFICE_DAY, tue: OFFICE_DAY, wed: OFFICE_DAY, thu: OFFICE_DAY, fri: OFFICE_DAY },
  holidays: ['NL'],
};

/** Minutes since local midnight of `HH:MM`; null when malformed. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Problems with a calendar in plain words; empty when it is usable. */
export function calendarProblems(calendar: BusinessCalendar): string[] {
  const problems: string[] = [];
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone });
  } catch {
    problems.push(`unknown time zone ${calendar.timeZone}`);
  }
  if (calendar.alwaysOpen) return problems;
  let open = false;
  for (const day of WEEKDAYS) {
    const periods = [...(calendar.weekly[day] ?? [])]
      .map((p) => [minutesOf(p.start), minutesOf(p.end)] as const)
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
    let previousEnd = -1;
    for (const [start, end] of periods) {
      if (start === null || end === null || end <= start) {
        problems.push(`${day}: opening periods need HH:MM times with the end after the start`);
        break;
      }
      if (start < previousEnd) problems.push(`${day}: opening periods overlap`);
      previousEnd = end;
      open = true;
    }
  }
  if (!open) problems.push('no opening hours on any day: use 24x7 instead');
  return problems;
}
