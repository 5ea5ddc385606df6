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
  /** parts.length, without building the parts. */
  readonly partCount: number;
  /** Start and end of part k (k < partCount), without building the parts. */
  partStart(k: number): number;
  partEnd(k: number): number;
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

/**
 * Offsets of the parts and separators of all groups of one text: per part its start and end, then the
 * start and end of the separator after it. Numbers in a typed array, not objects.
 */
class GroupBounds {
  // Most texts hold no or a few groups: start small, grow by doubling.
  data = new Int32Array(16);
  length = 0;

  constructor(readonly text: string) {}

  push(from: number, to: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = from;
    this.data[this.length++] = to;
  }
}

/**
 * A group as found by the scan. Its parts, separators and digits are read from the text on first use:
 * most groups are rejected on their digit count alone, and a flood of digits should not become a flood of
 * small strings and arrays.
 */
class Group implements NumberGroup {
  private digitsCache: string | null = null;
  private partsCache: DigitPart[] | null = null;
  private separatorsCache: string[] | null = null;

  constructor(
    private readonly bounds: GroupBounds,
    /** Where this group's first part is in bounds, and how many parts it has (all of them, uncapped). */
    private readonly at: number,
    private readonly allParts: number,
    readonly start: number,
    readonly end: number,
    readonly digitCount: number,
    readonly plus: boolean,
    readonly letterAfter: boolean,
  ) {}

  get partCount(): number {
    return Math.min(this.allParts, MAX_PARTS);
  }

  partStart(k: number): number {
    return this.bounds.data[this.at + 4 * k];
  }

  partEnd(k: number): number {
    return this.bounds.data[this.at + 4 * k + 1];
  }

  private partDigits(k: number): string {
    const from = this.partStart(k);
    return this.bounds.text.slice(from, Math.min(this.partEnd(k), from + MAX_GROUP_DIGITS));
  }

  get digits(): string {
    if (this.digitsCache === null) {
      let digits = '';
      for (let k = 0; k < this.allParts && digits.length < MAX_GROUP_DIGITS; k++)
        digits += this.partDigits(k);
      this.digitsCache = digits.length > MAX_GROUP_DIGITS ? digits.slice(0, MAX_GROUP_DIGITS) : digits;
    }
    return this.digitsCache;
  }

  get parts(): DigitPart[] {
    if (this.partsCache === null) {
      const parts: DigitPart[] = [];
      for (let k = 0; k < this.partCount; k++) {
        parts.push({ start: this.partStart(k), end: this.partEnd(k), digits: this.partDigits(k) });
      }
      this.partsCache = parts;
    }
    return this.partsCache;
  }

  get separators(): string[] {
    if (this.separatorsCache === null) {
      const separators: string[] = [];
      for (let k = 0; k + 1 < this.allParts; k++) {
        const from = this.bounds.data[this.at + 4 * k + 2];
        separators.push(this.bounds.text.slice(from, this.bounds.data[this.at + 4 * k + 3]));
      }
      this.separatorsCache = separators;
    }
    return this.separatorsCache;
  }
}

/** Separators of more than one character must not all be spaces ("12  34" is two numbers). */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0;
}

/** A character that may begin a group: a digit, "+" or "(". One character, so no backtracking. */
const GROUP_START = /[0-9+(]/g;

export function findNumberGroups(text: string): NumberGroup[] {
  const groups: NumberGroup[] = [];
  const bounds = new GroupBounds(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Jump to the next character that may begin a group; the regular expression engine scans faster
    // than a loop over every character, and most of a message is words.
    GROUP_START.lastIndex = i;
    if (!GROUP_START.test(text)) break;
    i = GROUP_START.lastIndex - 1;
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
    const at = bounds.length;
    let partCount = 0;
    let digitCount = 0;
    let j = plus || c === 40 ? begin + 1 : begin;
    let end = j;
    for (;;) {
      const partStart = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      digitCount += j - partStart;
      bounds.push(partStart, j);
      partCount++;
      end = j;
      if (text.charCodeAt(end - 1) !== 41 && j < n && text.charCodeAt(j) === 41) end = j + 1; // "(0)"
      // Up to three separator characters (" - ", ") ") may join the next part.
      let k = j;
      let allSpaces = true;
      while (k < n && k - j < 3 && isSeparator(text.charCodeAt(k))) {
        if (!isSpace(text.charCodeAt(k))) allSpaces = false;
        k++;
      }
      if (k > j && k < n && isDigit(text.charCodeAt(k)) && !(k - j > 1 && allSpaces)) {
        bounds.push(j, k);
        j = k;
        continue;
      }
      bounds.push(j, j);
      break;
    }
    const after = end < n ? text.charCodeAt(end) : 32;
    // Fewer than four digits is never an identifier, a date or a postcode: not worth keeping.
    if (digitCount >= MIN_GROUP_DIGITS) {
      const letterAfter = isLetter(after) && text.charCodeAt(end - 1) !== 41;
      groups.push(new Group(bounds, at, partCount, begin, end, digitCount, plus, letterAfter));
    } else {
      bounds.length = at;
    }
    i = Math.max(end, begin + 1);
  }
  return groups;
}
