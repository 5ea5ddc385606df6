import { separatedDigits } from './digits';
import type { DetectorInput, IdentifierMatch } from './types';

/**
 * Belgian rijksregisternummer / INSZ: 11 digits, YY.MM.DD-SSS.CC. CC = 97 − (YYMMDDSSS mod 97) for people
 * born before 2000, and 97 − ((2 000 000 000 + YYMMDDSSS) mod 97) from 2000; either century is accepted.
 * BIS numbers add 20 or 40 to the month. The month may be 0 and the day 0 when the birth date is unknown.
 */
export function isValidRrn(value: string): boolean {
  const digits = separatedDigits(value);
  if (digits === null) return false;
  if (digits.length !== 11) return false;
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const baseMonth = month >= 40 ? month - 40 : month >= 20 ? month - 20 : month;
  if (baseMonth > 12 || day > 31) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return 97 - (base % 97) === check || 97 - ((2_000_000_000 + base) % 97) === check;
}

export function findRrns(input: DetectorInput): IdentifierMatch[] {
  const out: IdentifierMatch[] = [];
  for (const g of input.groups) {
    if (g.plus || g.letterAfter || g.digitCount !== 11) continue;
    if (isValidRrn(g.digits)) out.push({ kind: 'rrn', start: g.start, end: g.end });
  }
  return out;
}
