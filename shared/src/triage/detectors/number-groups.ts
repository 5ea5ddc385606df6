/**
 * Groups of digits as people write identifiers and phone numbers: "06-12345678", "+31 (0)6 1234 5678",
 * "85.07.30-033.28", "123 456 782". One linear scan over the original text; a group never starts inside a
 * word, and its separators are single spaces, dashes, dots, slashes or brackets.
 */
export interface DigitPart {
  start: number;
  end: number;
  digits: string;
}

export interface NumberGroup {
  /** Offsets into the original text, end exclusive (a leading "+" or "(" included). */
  start: number;
  end: number;
  /** All digits of the group, at most MAX_GROUP_DIGITS kept. */
  digits: string;
  /** How many digits the group really has (may exceed digits.length). */
  digitCount: number;
  parts: DigitPart[];
  /** Written with a leading "+". */
  plus: boolean;
  /** The separators between parts, e.g. ["-"] for "06-12345678". */
  separators: string[];
  /** A letter follows right after the group ("12a", "3e"). */
  letterAfter: boolean;
}

export const MAX_GROUP_DIGITS = 24;
const MIN_GROUP_DIGITS = 4;
const MAX_PARTS = 12;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}

function isSeparator(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 0xa0 || c === 0x2013;
}

export function findNumberGroups(text: string): NumberGroup[] {
  const groups: NumberGroup[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let begin = -1;
    let plus = false;
    if (isDigit(c)) begin = i;
    else if ((c === 43 || c === 40) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      begin = i;
      plus = c === 43;
    }
    if (begin < 0) {
      i++;
      continue;
    }
    const prev = begin > 0 ? text.charCodeAt(begin - 1) : 32;
    if (isLetter(prev) || isDigit(prev)) {
      // Inside a word ("NL91ABNA...", "B3"): skip the whole run of letters and digits.
      i = begin + 1;
      while (i < n && (isDigit(text.charCodeAt(i)) || isLetter(text.charCodeAt(i)))) i++;
      continue;
    }
    const parts: DigitPart[] = [];
    const separators: string[] = [];
    let digits = '';
    let digitCount = 0;
    let j = plus || c === 40 ? begin + 1 : begin;
    let end = j;
    for (;;) {
      const partStart = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const count = j - partStart;
      digitCount += count;
      if (digits.length < MAX_GROUP_DIGITS)
        digits += text.slice(partStart, Math.min(j, partStart + MAX_GROUP_DIGITS));
      if (parts.length < MAX_PARTS)
        parts.push({
          start: partStart,
          end: j,
          digits: text.slice(partStart, Math.min(j, partStart + MAX_GROUP_DIGITS)),
        });
      end = j;
      if (text.charCodeAt(end - 1) !== 41 && j < n && text.charCodeAt(j) === 41) end = j + 1; // "(0)"
      // Up to three separator characters (" - ", ") ") may join the next part.
      let k = j;
      let sep = '';
      while (k < n && k - j < 3 && isSeparator(text.charCodeAt(k))) {
        sep += text.charAt(k);
        k++;
      }
      if (sep.length > 0 && k < n && isDigit(text.charCodeAt(k)) && !(sep.length > 1 && sep.trim() === '')) {
        separators.push(sep);
        j = k;
        continue;
      }
      break;
    }
    if (digits.length > MAX_GROUP_DIGITS) digits = digits.slice(0, MAX_GROUP_DIGITS);
    const after = end < n ? text.charCodeAt(end) : 32;
    // Fewer than four digits is never an identifier, a date or a postcode: not worth keeping.
    if (digitCount >= MIN_GROUP_DIGITS)
      groups.push({
        start: begin,
        end,
        digits,
        digitCount,
        parts,
        plus,
        separators,
        letterAfter: isLetter(after) && text.charCodeAt(end - 1) !== 41,
      });
    i = Math.max(end, begin + 1);
  }
  return groups;
}
