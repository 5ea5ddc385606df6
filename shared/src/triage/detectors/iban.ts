import type { DetectorInput, IdentifierMatch } from './types';

/**
 * IBAN: move the first four characters to the end, replace letters by numbers (A = 10 … Z = 35); the
 * number mod 97 must be 1. Lengths per country (NL 18, BE 16, and the neighbours people bank with).
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  NL: 18,
  BE: 16,
  DE: 22,
  LU: 20,
  FR: 27,
  GB: 22,
  ES: 24,
  IT: 27,
  AT: 20,
  CH: 21,
  IE: 22,
  PT: 25,
  PL: 28,
  DK: 18,
};

/** Remainder of a long digit/letter string mod 97, computed piecewise (no big numbers). */
function mod97(value: string): number {
  let rem = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) rem = (rem * 100 + (c - 55)) % 97;
    else return -1;
  }
  return rem;
}

export function isValidIban(value: string): boolean {
  let compact = '';
  for (let i = 0; i < value.length && compact.length <= 34; i++) {
    const ch = value.charAt(i);
    if (ch !== ' ' && ch !== '-') compact += ch.toUpperCase();
  }
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected) return false;
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(compact)) return false;
  if (compact.startsWith('NL') && !/^NL[0-9]{2}[A-Z]{4}[0-9]{10}$/.test(compact)) return false;
  if (compact.startsWith('BE') && !/^BE[0-9]{14}$/.test(compact)) return false;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Two letters and two digits: how every IBAN starts. */
function looksLikeIbanStart(form: string): boolean {
  return (
    form.length >= 4 &&
    isLetter(form.charCodeAt(0)) &&
    isLetter(form.charCodeAt(1)) &&
    isDigit(form.charCodeAt(2)) &&
    isDigit(form.charCodeAt(3))
  );
}

/** The letters and digits of text[from, to), upper case. */
function compactOf(text: string, from: number, to: number): string {
  let compact = '';
  for (let k = from; k < to; k++) if (isAlnum(text.charCodeAt(k))) compact += text.charAt(k).toUpperCase();
  return compact;
}

/** Only words that start like an IBAN are looked at, so the cost follows the number of words. */
export function findIbans(input: DetectorInput): IdentifierMatch[] {
  const text = input.text;
  const words = input.words;
  const out: IdentifierMatch[] = [];
  const n = text.length;
  let after = 0;
  for (let w = 0; w < words.length; w++) {
    const i = words.start[w];
    if (i < after || !looksLikeIbanStart(words.form[w])) continue;
    const expected = IBAN_LENGTHS[text.slice(i, i + 2).toUpperCase()];
    if (expected === undefined) continue;
    // Count exactly `expected` characters, allowing single spaces between groups of four; the compact
    // string is only built for a candidate of the right length.
    let j = i;
    let count = 0;
    while (j < n && count < expected) {
      const c = text.charCodeAt(j);
      if (isAlnum(c)) {
        count++;
        j++;
      } else if (c === 32 && j + 1 < n && isAlnum(text.charCodeAt(j + 1)) && count % 4 === 0) {
        j++;
      } else break;
    }
    const endsClean = j >= n || !isAlnum(text.charCodeAt(j));
    if (count === expected && endsClean && isValidIban(compactOf(text, i, j))) {
      out.push({ kind: 'iban', start: i, end: j });
      after = j;
    }
  }
  return out;
}
