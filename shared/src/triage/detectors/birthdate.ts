import { cueNear } from './cue-near';
import type { DetectorInput, IdentifierMatch } from './types';

/**
 * Dates of birth: "03-09-1971", "3/9/71", "1971-09-03", "3 september 1971", "september 3, 1971". A date
 * is only a date of birth with a cue nearby ("geboren", "geb.", "geboortedatum", "born", "date of
 * birth") or an age context ("82 jaar oud", "leeftijd").
 */
const MONTHS = new Map<string, number>(
  Object.entries({
    januari: 1,
    january: 1,
    jan: 1,
    februari: 2,
    february: 2,
    feb: 2,
    febr: 2,
    maart: 3,
    march: 3,
    mrt: 3,
    mar: 3,
    april: 4,
    apr: 4,
    mei: 5,
    may: 5,
    juni: 6,
    june: 6,
    jun: 6,
    juli: 7,
    july: 7,
    jul: 7,
    augustus: 8,
    august: 8,
    aug: 8,
    september: 9,
    sep: 9,
    sept: 9,
    oktober: 10,
    october: 10,
    okt: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  }),
);

const CURRENT_YEAR = new Date().getFullYear();

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  if (y.length !== 2) return -1;
  return n + (n > CURRENT_YEAR % 100 ? 1900 : 2000);
}

export function isPlausibleBirthDate(day: number, month: number, year: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return false;
  if (year < 1900 || year > CURRENT_YEAR || month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

interface DateSpan {
  start: number;
  end: number;
}

function numericDates(input: DetectorInput): DateSpan[] {
  const out: DateSpan[] = [];
  for (const g of input.groups) {
    if (g.partCount !== 3 || g.plus || g.letterAfter) continue;
    const sep = g.separators[0].trim();
    if (sep.length !== 1 || !'-/.'.includes(sep) || g.separators[1].trim() !== sep) continue;
    const [a, b, c] = g.parts.map((p) => p.digits);
    let ok = false;
    if (a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2)) {
      ok = isPlausibleBirthDate(Number(a), Number(b), fullYear(c));
    } else if (a.length === 4 && b.length <= 2 && c.length <= 2) {
      ok = isPlausibleBirthDate(Number(c), Number(b), Number(a));
    }
    if (ok) out.push({ start: g.start, end: g.end });
  }
  return out;
}

function writtenDates(input: DetectorInput): DateSpan[] {
  const out: DateSpan[] = [];
  const w = input.words;
  for (let i = 0; i < w.length; i++) {
    const month = MONTHS.get(w.form[i]);
    if (month === undefined) continue;
    const sentence = w.sentence[i];
    // "3 september 1971"
    if (i > 0 && i + 1 < w.length && w.numeric(i - 1) && w.numeric(i + 1) && w.sentence[i - 1] === sentence) {
      if (isPlausibleBirthDate(Number(w.form[i - 1]), month, fullYear(w.form[i + 1]))) {
        out.push({ start: w.start[i - 1], end: w.end[i + 1] });
        continue;
      }
    }
    // "september 3, 1971"
    if (i + 2 < w.length && w.numeric(i + 1) && w.numeric(i + 2) && w.sentence[i + 2] === sentence) {
      if (isPlausibleBirthDate(Number(w.form[i + 1]), month, fullYear(w.form[i + 2]))) {
        out.push({ start: w.start[i], end: w.end[i + 2] });
      }
    }
  }
  return out;
}

export function findBirthDates(input: DetectorInput): IdentifierMatch[] {
  const out: IdentifierMatch[] = [];
  for (const d of [...numericDates(input), ...writtenDates(input)]) {
    if (cueNear(input, 'birth', d.start, d.end, 6, 3) || cueNear(input, 'age', d.start, d.end, 8, 8)) {
      out.push({ kind: 'birthdate', start: d.start, end: d.end });
    }
  }
  return out;
}
