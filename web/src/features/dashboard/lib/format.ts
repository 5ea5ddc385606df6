import type { Locale } from '@webcare/shared';

/** Seconds as a short duration: "45 s", "12 min", "2 u 05", "3 d 4 u" (Dutch) or "2 h 05" (English). */
export function formatSeconds(seconds: number | null, locale: Locale): string {
  if (seconds === null || !Number.isFinite(seconds)) return '–';
  const hourUnit = locale === 'nl' ? 'u' : 'h';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) {
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.round((seconds % 3600) / 60);
    return `${hours} ${hourUnit} ${String(minutes).padStart(2, '0')}`;
  }
  const days = Math.floor(seconds / 86_400);
  const hours = Math.round((seconds % 86_400) / 3600);
  return `${days} d ${hours} ${hourUnit}`;
}

export function formatPct(value: number | null): string {
  return value === null ? '–' : `${value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;
}
