import type { Locale } from '@webcare/shared';
import { translate } from '../i18n/i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

/** Compact time since a moment: "nu", "2 min", "1 u", "gisteren", "3 d", then a date. */
export function relativeTime(iso: string, now: number, locale: Locale): string {
  const then = new Date(iso);
  const diff = now - then.getTime();
  if (Number.isNaN(diff)) return '';
  if (diff < MINUTE) return translate(locale, 'time.now');
  if (diff < HOUR) return translate(locale, 'time.minutes', { n: Math.floor(diff / MINUTE) });
  const dayDiff = Math.round((startOfDay(new Date(now)) - startOfDay(then)) / DAY);
  if (dayDiff === 0) return translate(locale, 'time.hours', { n: Math.floor(diff / HOUR) });
  if (dayDiff === 1) return translate(locale, 'time.yesterday');
  if (dayDiff < 7) return translate(locale, 'time.days', { n: dayDiff });
  return shortDate(iso, locale);
}

/** Time span until (positive) or since (negative) a due moment, compact: "12 min", "3 u". */
export function durationLabel(ms: number, locale: Locale): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) return translate(locale, 'time.minutes', { n: Math.max(1, Math.round(abs / MINUTE)) });
  if (abs < DAY) return translate(locale, 'time.hours', { n: Math.round(abs / HOUR) });
  return translate(locale, 'time.days', { n: Math.round(abs / DAY) });
}

function intlLocale(locale: Locale): string {
  return locale === 'nl' ? 'nl-NL' : 'en-GB';
}

export function shortDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(intlLocale(locale), { day: 'numeric', month: 'short' });
}

export function clockTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleTimeString(intlLocale(locale), { hour: '2-digit', minute: '2-digit' });
}

/** Date and time, short: "3-2-2026 14:30". */
export function shortDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(intlLocale(locale), { dateStyle: 'short', timeStyle: 'short' });
}

export function fullDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(intlLocale(locale), {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function dayLabel(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(intlLocale(locale), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
}
