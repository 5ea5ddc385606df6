/**
 * Text normalisation for matching: lower case, accents removed (é → e, ï → i), curly quotes made
 * straight, and letters repeated three or more times cut to two ("heeeelp" → "heelp"; the matcher
 * squeezes the rest). Every normalised character remembers where it came from, so evidence found in the
 * normalised text points back into the original text.
 *
 * One linear pass over UTF-16 code units with a lookup table, no regular expressions.
 */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** start[i]: offset in the original text of normalised character i. */
  start: Int32Array;
  /** end[i]: offset just after the original character(s) that normalised character i stands for. */
  end: Int32Array;
}

/** Marks a code unit that is dropped (combining accents, zero-width joiners, variation selectors). */
const DROP = 0xffff;
/** fold[c]: the folded code unit for c (DROP to drop it); 0 = not computed yet. */
const fold = new Uint16Array(65536);

function computeFold(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 0x80) return code === 0 ? 32 : code;
  if (code >= 0x300 && code <= 0x36f) return DROP; // combining marks
  if (code === 0x200d || code === 0xfe0f || code === 0xfe0e || code === 0x200b) return DROP;
  if (code >= 0xd800 && code <= 0xdfff) return code; // halves of emoji, kept as they are
  switch (code) {
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201b:
    case 0x00b4: // ´
      return 39;
    case 0x201c:
    case 0x201d:
      return 34;
    case 0x2013: // –
    case 0x2014: // —
      return 45;
    case 0x00a0:
      return 32;
    default: {
      const base = String.fromCharCode(code).normalize('NFD').charAt(0);
      const lower = base.toLowerCase();
      const out = lower.length === 1 ? lower.charCodeAt(0) : base.charCodeAt(0);
      return out === 0 || out === DROP ? 32 : out;
    }
  }
}

function foldCode(code: number): number {
  let f = fold[code];
  if (f === 0) {
    f = computeFold(code);
    fold[code] = f;
  }
  return f;
}

function isLetterCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Converts code units [from, to) to a string in chunks (no argument-count limits). */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  const CHUNK = 8192;
  if (to - from <= CHUNK)
    return String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
  const parts: string[] = [];
  for (let i = from; i < to; i += CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, units.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[]),
    );
  }
  return parts.join('');
}

/** Scratch buffers reused between calls by the tokenizer, so big messages do not churn the heap. */
let scratchUnits = new Uint16Array(0);
let scratchStart = new Int32Array(0);
let scratchEnd = new Int32Array(0);

function normalizeWith(original: string, units: Uint16Array, start: Int32Array, end: Int32Array): number {
  const n = original.length;
  let len = 0;
  for (let i = 0; i < n; i++) {
    const f = foldCode(original.charCodeAt(i));
    if (f === DROP) {
      // Dropped marks belong to the character before them.
      if (len > 0) end[len - 1] = i + 1;
      continue;
    }
    // Cut runs of one letter to two: the third and later copies extend the second one.
    if (len >= 2 && isLetterCode(f) && units[len - 1] === f && units[len - 2] === f) {
      end[len - 1] = i + 1;
      continue;
    }
    units[len] = f;
    start[len] = i;
    end[len] = i + 1;
    len++;
  }
  return len;
}

/** Normalised text with its own offset arrays. */
export function normalize(original: string): NormalizedText {
  const n = original.length;
  const units = new Uint16Array(n);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const len = normalizeWith(original, units, start, end);
  return { text: unitsToString(units, 0, len), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** Normalised code units with their offsets, in shared scratch space. */
export interface NormalizedUnits {
  units: Uint16Array;
  start: Int32Array;
  end: Int32Array;
  length: number;
}

/**
 * Like normalize, but as code units in shared scratch space, valid only until the next call: for the
 * tokenizer, which reads the units directly and copies what it needs into its words. No normalised string
 * is built, so a 1 MB message does not cost a second 1 MB string.
 */
export function normalizeUnits(original: string): NormalizedUnits {
  const n = original.length;
  if (scratchUnits.length < n) {
    const size = Math.max(n, scratchUnits.length * 2, 1024);
    scratchUnits = new Uint16Array(size);
    scratchStart = new Int32Array(size);
    scratchEnd = new Int32Array(size);
  }
  const length = normalizeWith(original, scratchUnits, scratchStart, scratchEnd);
  return { units: scratchUnits, start: scratchStart, end: scratchEnd, length };
}

/** Lower case without accents, for lexicon words (no offsets needed). */
export function foldWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const f = foldCode(word.charCodeAt(i));
    if (f !== DROP) out += String.fromCharCode(f);
  }
  return out;
}

/** Every run of one letter cut to a single letter: the key that words are compared on. */
export function squeeze(word: string): string {
  let i = 1;
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && isLetterCode(c)) break;
  }
  if (i >= word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && isLetterCode(c)) continue;
    out += word.charAt(i);
  }
  return out;
}
