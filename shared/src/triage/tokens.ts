import { CHAT_SPELLING } from './lexicon/chat-spelling';
import { normalizeUnits, squeeze } from './normalize';
import { keyId } from './key-id';
import { HASH_SEED, hashStep, hashUnits, lookupToken, type TokenEntry } from './token-cache';

/**
 * A word of the message as the matcher sees it. Chat spelling is already expanded ("kwil" gives two
 * words "ik" and "wil" over the same span), so one token of the text can give several words.
 */
export interface Word {
  /** Comparison key: the canonical form with every run of one letter squeezed to one ("zelfmord"). */
  key: string;
  /** Canonical form before squeezing ("zelfmoord"); digits are kept as written. */
  form: string;
  /** Offsets into the ORIGINAL text, end exclusive. */
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** The word starts with a digit. */
  numeric: boolean;
  /** The original word starts with an upper-case letter. */
  capital: boolean;
  /** First word of its sentence. */
  sentenceStart: boolean;
}

export const NUMERIC = 1;
export const CAPITAL = 2;
export const SENTENCE_START = 4;

/**
 * The words of a message as columns (one array per field) rather than one object per word: a 1 MB
 * message has some 200 000 words, and columns keep that off the garbage collector's back.
 */
export class WordTable {
  length = 0;
  /**
   * Sized like the typed columns and written by index (only the first `length` entries are words):
   * growing them one push at a time was a large share of the tokenizer's cost per word.
   */
  readonly key: string[];
  readonly form: string[];
  /** keyId of the key (-1: none, or no id given). */
  id: Int32Array;
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  clause: Int32Array;
  bits: Uint8Array;

  constructor(capacity = 16) {
    const c = Math.max(16, capacity);
    this.key = new Array<string>(c);
    this.form = new Array<string>(c);
    this.id = new Int32Array(c);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.sentence = new Int32Array(c);
    this.clause = new Int32Array(c);
    this.bits = new Uint8Array(c);
  }

  push(
    key: string,
    form: string,
    id: number,
    start: number,
    end: number,
    sentence: number,
    clause: number,
    bits: number,
  ): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.key[i] = key;
    this.form[i] = form;
    this.id[i] = id;
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
    this.clause[i] = clause;
    this.bits[i] = bits;
    this.length = i + 1;
  }

  private grow(): void {
    const c = this.start.length * 2;
    this.key.length = c;
    this.form.length = c;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.id = copy(this.id, new Int32Array(c));
    this.start = copy(this.start, new Int32Array(c));
    this.end = copy(this.end, new Int32Array(c));
    this.sentence = copy(this.sentence, new Int32Array(c));
    this.clause = copy(this.clause, new Int32Array(c));
    this.bits = copy(this.bits, new Uint8Array(c));
  }

  /** Words the table holds without growing. */
  get capacity(): number {
    return this.start.length;
  }

  numeric(i: number): boolean {
    return (this.bits[i] & NUMERIC) !== 0;
  }

  /** One word as an object (for rules that look at a few words; hot loops read the columns). */
  at(i: number): Word | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const bits = this.bits[i];
    return {
      key: this.key[i],
      form: this.form[i],
      start: this.start[i],
      end: this.end[i],
      sentence: this.sentence[i],
      clause: this.clause[i],
      numeric: (bits & NUMERIC) !== 0,
      capital: (bits & CAPITAL) !== 0,
      sentenceStart: (bits & SENTENCE_START) !== 0,
    };
  }

  toArray(): Word[] {
    const out: Word[] = [];
    for (let i = 0; i < this.length; i++) out.push(this.at(i)!);
    return out;
  }
}

export interface WordStream {
  words: WordTable;
  /** questions[s]: sentence s ends with (or contains) a question mark. */
  questions: boolean[];
}

/** Longer runs of letters and digits are no words (ids, garbage, attacks): they never match a lexicon. */
export const MAX_WORD_LENGTH = 40;

const WORD = 1;
const OTHER = 2;
const charClass = new Uint8Array(65536);

function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return true;
  if (code < 0x80) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let c = charClass[code];
  if (c === 0) {
    c = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? WORD : OTHER;
    charClass[code] = c;
  }
  return c === WORD;
}

/** Pictographs that carry meaning in a message (hearts, kisses, applause) become words of their own. */
function emojiLength(units: Uint16Array, n: number, i: number): number {
  const code = units[i];
  if (code >= 0xd83c && code <= 0xd83e) {
    const low = i + 1 < n ? units[i + 1] : 0;
    return low >= 0xdc00 && low <= 0xdfff ? 2 : 0;
  }
  if ((code >= 0x2600 && code <= 0x27bf) || code === 0x2b50 || code === 0x2665) return 1;
  return 0;
}

const SPELLING = new Map<string, readonly string[]>(Object.entries(CHAT_SPELLING));

/** The canonical words a folded token stands for (chat spelling expanded; apostrophes removed). */
export function canonicalWords(folded: string): readonly string[] {
  const bare = folded.indexOf("'") < 0 ? folded : folded.split("'").join('');
  return SPELLING.get(bare) ?? [bare];
}

function isSentenceSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 46;
}

function buildEntry(folded: string): TokenEntry {
  const forms = canonicalWords(folded);
  const c0 = folded.charCodeAt(0);
  const numeric = c0 >= 48 && c0 <= 57;
  const keys = forms.map((f) => (numeric ? f : squeeze(f)));
  return { text: folded, forms, keys, ids: keys.map((k) => (k === '' && !numeric ? -1 : keyId(k, numeric))) };
}

/**
 * One table handed back by the engine when it is done with a message, reused for the next one: the
 * columns of a big message are megabytes, and allocating them anew for every message kept the garbage
 * collector busy. Tables above MAX_SPARE_WORDS are not kept, so what stays allocated is bounded.
 */
let spare: WordTable | null = null;
const MAX_SPARE_WORDS = 1 << 18;

/** Hands a table back for reuse: the caller must not read it (or anything from tokenize) afterwards. */
export function recycleWords(words: WordTable): void {
  if (words.capacity <= MAX_SPARE_WORDS) spare = words;
}

function tableFor(capacity: number): WordTable {
  const table = spare;
  if (table === null || table.capacity < capacity) return new WordTable(capacity);
  spare = null;
  table.length = 0;
  return table;
}

export function tokenize(original: string): WordStream {
  // The tokenizer reads the normalised code units directly: no normalised string, no slice per word.
  const { units, start: nStart, end: nEnd, length: n } = normalizeUnits(original);
  const words = tableFor((n >> 2) + 16);
  const questions: boolean[] = [false];
  let sentence = 0;
  let clause = 0;
  let sentenceHasWords = false;
  let clauseHasWords = false;

  let i = 0;
  while (i < n) {
    const code = units[i];
    let from = -1;
    let to = -1;
    // The token cache's hash, computed in the same pass that finds the token's end.
    let hash = HASH_SEED;
    if (isWordCode(code)) {
      from = i;
      hash = hashStep(hash, code);
      i++;
      while (i < n) {
        const c = units[i];
        if (isWordCode(c)) {
          hash = hashStep(hash, c);
          i++;
        } else if (c === 39 && i + 1 < n && isWordCode(units[i + 1])) {
          // "m'n", "foto's"
          hash = hashStep(hashStep(hash, c), units[i + 1]);
          i += 2;
        } else break;
      }
      to = i;
    } else {
      const emoji = emojiLength(units, n, i);
      if (emoji > 0) {
        from = i;
        to = i + emoji;
        hash = hashUnits(units, from, to);
        i = to;
      }
    }
    if (from >= 0) {
      // Longer tokens are never looked at, whatever they hold.
      const entry = to - from > MAX_WORD_LENGTH ? LONG_ENTRY : lookupToken(units, from, to, hash, buildEntry);
      const start = nStart[from];
      const end = nEnd[to - 1];
      const first = original.charCodeAt(start);
      const capital =
        first >= 65 && first <= 90
          ? true
          : first > 0x7f && original.charAt(start) !== original.charAt(start).toLowerCase();
      const c0 = units[from];
      const numeric = c0 >= 48 && c0 <= 57;
      const { forms, keys, ids } = entry;
      const bits = (numeric ? NUMERIC : 0) | (capital ? CAPITAL : 0);
      for (let f = 0; f < forms.length; f++) {
        const startBit = f === 0 && !sentenceHasWords ? SENTENCE_START : 0;
        words.push(keys[f], forms[f], ids[f], start, end, sentence, clause, bits | startBit);
      }
      sentenceHasWords = true;
      clauseHasWords = true;
      continue;
    }
    let sentenceBreak = false;
    let clauseBreak = false;
    switch (code) {
      case 63: // ?
        if (sentenceHasWords) questions[sentence] = true;
        sentenceBreak = true;
        break;
      case 33: // !
      case 10: // newline
      case 0x2026: // …
        sentenceBreak = true;
        break;
      case 46: {
        // A full stop ends a sentence when space or the end follows ("85.07.30" and "s.devries" do not),
        // and not after an abbreviation ("geb. 3/9/71", "dr. Jansen").
        const last = words.length - 1;
        const abbreviation =
          last >= 0 && words.end[last] === nStart[i] && ABBREVIATIONS.has(words.form[last]);
        sentenceBreak = !abbreviation && (i + 1 >= n || isSentenceSpace(units[i + 1]));
        break;
      }
      case 44: // ,
      case 59: // ;
      case 58: // :
      case 40: // (
      case 41: // )
      case 34: // "
        clauseBreak = true;
        break;
      case 45: // a dash between spaces separates clauses
        clauseBreak = i > 0 && units[i - 1] === 32;
        break;
      default:
        break;
    }
    if (sentenceBreak && sentenceHasWords) {
      sentence++;
      questions.push(false);
      sentenceHasWords = false;
    }
    if ((sentenceBreak || clauseBreak) && clauseHasWords) {
      clause++;
      clauseHasWords = false;
    }
    i++;
  }
  return { words, questions };
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'geb',
  'dr',
  'drs',
  'mr',
  'mevr',
  'mw',
  'dhr',
  'nr',
  'tel',
  'str',
  'bv',
  'bijv',
  'ca',
  'evt',
  'pat',
  'prof',
  'st',
  'vs',
  'ivm',
  'mbt',
  'tav',
  'afd',
  'max',
  'min',
  'incl',
  'excl',
  'resp',
  'zgn',
  'mrs',
  'ms',
  'no',
]);

const LONG_ENTRY: TokenEntry = { text: '', forms: [''], keys: [''], ids: [-1] };
