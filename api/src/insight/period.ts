import { InsightQueryInvalidException } from './insight.exception';

/** Longest period one report covers. */
const MAX_PERIOD_MS = 400 * 24 * 3600 * 1000;

export function reportPeriod(fromText: string, toText: string): { from: Date; to: Date } {
  const from = new Date(fromText);
  const to = new Date(toText);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    throw new InsightQueryInvalidException('from and to must be dates (ISO 8601)');
  }
  if (to <= from) throw new InsightQueryInvalidException('to must be after from');
  if (to.getTime() - from.getTime() > MAX_PERIOD_MS) {
    throw new InsightQueryInvalidException('the period is longer than 400 days');
  }
  return { from, to };
}

/** A CSV field for Dutch Excel: `;` between fields, quoted where needed. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[";\r\n]/.test(text) || /^[=+\-@]/.test(text)
    ? `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`
    : text;
}

export const CSV_BOM = '\uFEFF';
