import { cueNear } from './cue-near';
import { separatedDigits } from './digits';
import type { DetectorInput, IdentifierMatch } from './types';

/**
 * BSN (burgerservicenummer): nine digits, an eight-digit one gets a leading zero. Valid when
 * 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (the 11-proef). A nine-digit number that fails it is
 * an order or invoice number, not a BSN.
 */
export function isValidBsn(value: string): boolean {
  let digits = separatedDigits(value);
  if (digits === null) return false;
  if (digits.length === 8) digits = '0' + digits;
  if (digits.length !== 9) return false;
  if (/^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

export function findBsns(input: DetectorInput): IdentifierMatch[] {
  const out: IdentifierMatch[] = [];
  for (const g of input.groups) {
    if (g.plus || g.letterAfter) continue;
    if (g.digitCount !== 9 && g.digitCount !== 8) continue;
    // A phone-like layout (06-…, 0xx-…) with separators is read as a phone number instead.
    if (g.separators.some((s) => s.includes('/') || s.includes('('))) continue;
    const hasCue = cueNear(input, 'bsn', g.start, g.end, 6, 2);
    // Eight digits are only a BSN when someone says so: otherwise they are dates, amounts, references.
    if (g.digitCount === 8 && !hasCue) continue;
    if (!isValidBsn(g.digits)) continue;
    if (!hasCue && cueNear(input, 'not_personal', g.start, g.end, 4, 0)) continue;
    out.push({ kind: 'bsn', start: g.start, end: g.end });
  }
  return out;
}
