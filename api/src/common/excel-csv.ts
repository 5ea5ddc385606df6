/**
 * CSV that Dutch Excel opens as columns: UTF-8 with a byte-order mark (so é and ë survive), `;` between
 * fields (the list separator of a Dutch Windows), times as local wall-clock time in Europe/Amsterdam
 * (`2026-03-29 14:05:00`, a format Excel reads as a date), and text that could start a formula made inert.
 */
export const EXCEL_CSV_BOM = '\uFEFF';
export const EXCEL_CSV_SEPARATOR = ';';
export const EXPORT_TIME_ZONE = 'Europe/Amsterdam';

const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: EXPORT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2026-01-05 16:00:00` for 2026-01-05T15:00:00Z (winter time) — Europe/Amsterdam, no offset. */
export function excelLocalTime(value: Date): string {
  return localTime.format(value).replace('T', ' ');
}

export function excelCsvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return excelLocalTime(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  // A cell that starts with = + - @ (or a tab/return) would run as a formula in Excel.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function excelCsvLine(values: readonly unknown[]): string {
  return values.map(excelCsvValue).join(EXCEL_CSV_SEPARATOR) + '\r\n';
}
