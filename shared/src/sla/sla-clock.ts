import { type BusinessCalendar, minutesOf, WEEKDAYS } from './business-calendar';
import { dateKey, isHoliday } from './holidays';

/**
 * The SLA clock: business time in a team's calendar. Pure and dependency-free; time zone offsets come
 * from Intl.DateTimeFormat, so daylight saving changes (last Sunday of March and October) are exact.
 */

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Wall-clock fields of an instant in a time zone. */
function wallClock(
  instant: number,
  timeZone: string,
): LocalDate & { hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Offset of the time zone from UTC at an instant, in milliseconds (Amsterdam: +1 h winter, +2 h summer). */
export function timeZoneOffsetMs(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which a local date and time happens in the time zone. A time skipped by the spring
 * change (02:30 on the last Sunday of March) maps to the same distance past the change.
 */
export function zonedTimeToInstant(date: LocalDate, minutes: number, timeZone: string): number {
  const local = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  const first = local - timeZoneOffsetMs(local, timeZone);
  const second = local - timeZoneOffsetMs(first, timeZone);
  if (first === second) return first;
  // Near a change the two guesses differ: take the one whose wall clock reads the asked time, else the later.
  return local - timeZoneOffsetMs(second, timeZone) === second ? second : Math.max(first, second);
}

function localDateOf(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = wallClock(instant, timeZone);
  return { year, month, day };
}

function nextDay(date: LocalDate): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/** Open periods of one local day as [start, end) instants, in order; none on holidays and closed days. */
function openPeriodsOf(date: LocalDate, calendar: BusinessCalendar): [number, number][] {
  const key = dateKey(date.year, date.month, date.day);
  if (isHoliday(key, calendar.holidays) || calendar.closedDates?.includes(key)) return [];
  const weekday = WEEKDAYS[(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7];
  const periods: [number, number][] = [];
  for (const period of calendar.weekly[weekday] ?? []) {
    const start = minutesOf(period.start);
    const end = minutesOf(period.end);
    if (start === null || end === null || end <= start) continue;
    periods.push([
      zonedTimeToInstant(date, start, calendar.timeZone),
      zonedTimeToInstant(date, end, calendar.timeZone),
    ]);
  }
  return periods.sort((a, b) => a[0] - b[0]);
}

function hasOpeningHours(calendar: BusinessCalendar): boolean {
  return WEEKDAYS.some((day) =>
    (calendar.weekly[day] ?? []).some((p) => {
      const start = minutesOf(p.start);
      const end = minutesOf(p.end);
      return start !== null && end !== null && end > start;
    }),
  );
}

/** More than a year of closed days in a row means the calendar cannot ever reach the deadline. */
const MAX_CLOSED_DAYS = 400;

/**
 * The instant when `seconds` of business time have passed since `start`. A start outside opening hours
 * begins counting at the next opening; a deadline that falls exactly at closing time stays there.
 */
export function addBusinessTime(start: Date, seconds: number, calendar: BusinessCalendar): Date {
  if (!Number.isFinite(seconds)) throw new RangeError('seconds must be finite');
  if (calendar.alwaysOpen || seconds <= 0) return new Date(start.getTime() + Math.max(0, seconds) * 1000);
  if (!hasOpeningHours(calendar)) throw new RangeError('the calendar has no opening hours');
  let remaining = seconds * 1000;
  const from = start.getTime();
  let date = localDateOf(from, calendar.timeZone);
  let closedDays = 0;
  for (;;) {
    const periods = openPeriodsOf(date, calendar);
    closedDays = periods.length === 0 ? closedDays + 1 : 0;
    if (closedDays > MAX_CLOSED_DAYS) throw new RangeError('the calendar never opens');
    for (const [open, close] of periods) {
      if (close <= from) continue;
      const begin = Math.max(open, from);
      const available = close - begin;
      if (remaining <= available) return new Date(begin + remaining);
      remaining -= available;
    }
    date = nextDay(date);
  }
}

/** Business seconds between two instants (negative when `b` is before `a`). */
export function businessSecondsBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return -businessSecondsBetween(b, a, calendar);
  if (calendar.alwaysOpen) return (to - from) / 1000;
  let total = 0;
  let date = localDateOf(from, calendar.timeZone);
  const last = localDateOf(to, calendar.timeZone);
  const lastKey = dateKey(last.year, last.month, last.day);
  for (;;) {
    for (const [open, close] of openPeriodsOf(date, calendar)) {
      const begin = Math.max(open, from);
      const end = Math.min(close, to);
      if (end > begin) total += end - begin;
    }
    if (dateKey(date.year, date.month, date.day) >= lastKey) break;
    date = nextDay(date);
  }
  return total / 1000;
}

/** Whether the calendar counts time at this instant. */
export function isOpenAt(instant: Date, calendar: BusinessCalendar): boolean {
  if (calendar.alwaysOpen) return true;
  const at = instant.getTime();
  return openPeriodsOf(localDateOf(at, calendar.timeZone), calendar).some(
    ([open, close]) => at >= open && at < close,
  );
}
