import type { OpeningPeriod } from '@webcare/shared';

/** "08:30-12:00, 13:00-17:00" ⇄ opening periods; null when the text is not of that form. */
export function periodsToText(periods: OpeningPeriod[] | undefined): string {
  return (periods ?? []).map((p) => `${p.start}-${p.end}`).join(', ');
}

export function textToPeriods(text: string): OpeningPeriod[] | null {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const periods: OpeningPeriod[] = [];
  for (const part of trimmed.split(',')) {
    const match = /^\s*(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})\s*$/.exec(part);
    if (!match) return null;
    periods.push({ start: match[1], end: match[2] });
  }
  return periods;
}
