import { CHAT_SPELLING } from './lexicon/chat-spelling';
import { normalizeTransient, squeeze } from './normalize';

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
  readonly key: string[] = [];
  readonly form: string[] = [];
  start: Int32Array;
  end: Int32Array;
  sentence: Int32Array;
  clause: Int32Array;
  bits: Uint8Array;

  constructor(capacity = 16) {
    const c = Math.max(16, capacity);
    this.start = new Int32Array(c);
    this.end = new Int32Array(c);
    this.sentence = new Int32Array(c);
    this.clause = new Int32Array(c);
    this.bits = new Uint8Array(c);
  }

  push(
    key: string,
    form: string,
    start: number,
    end: number,
    sentence: number,
    clause: number,
    bits: number,
  ): void {
    const i = this.length;
    if (i === this.start.length) this.grow();
    this.key.push(key);
    this.form.push(form);
    this.start[i] = start;
    this.end[i] = end;
    this.sentence[i] = sentence;
    this.clause[i] = clause;
    this.bits[i] = bits;
    this.length = i + 1;
  }

  private grow(): void {
    const c = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.start = copy(this.start, new Int32Array(c));
    this.end = copy(this.end, new Int32Array(c));
    this.sentence = copy(this.sentence, new Int32Array(c));
    this.clause = copy(this.clause, new Int32Array(c));
    this.bits = copy(this.bits, new Uint8Array(c));
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
  /** The normalised text the words were read from. */
  normalizedText: string;
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
function emojiLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd83c && code <= 0xd83e) {
    const low = text.charCodeAt(i + 1);
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

export function tokenize(original: string): WordStream {
  const normalized = normalizeTransient(original);
  const text = normalized.text;
  const nStart = normalized.start;
  const nEnd = normalized.end;
  const n = text.length;
  const words = new WordTable((n >> 2) + 16);
  const questions: boolean[] = [false];
  // Distinct tokens of this message: repeated words share their canonical forms and keys.
  const cache = new Map<string, CachedToken>();
  let sentence = 0;
  let clause = 0;
  let sentenceHasWords = false;
  let clauseHasWords = false;

  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let from = -1;
    let to = -1;
    if (isWordCode(code)) {
      from = i;
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (isWordCode(c)) i++;
        else if (c === 39 && i + 1 < n && isWordCode(text.charCodeAt(i + 1)))
          i += 2; // "m'n", "foto's"
        else break;
      }
      to = i;
    } else {
      const emoji = emojiLength(text, i);
      if (emoji > 0) {
        from = i;
        to = i + emoji;
        i = to;
      }
    }
    if (from >= 0) {
      // Cap what is copied: a 1 MB token is sliced once and then ignored.
      const long = to - from > MAX_WORD_LENGTH;
      const folded = long ? '' : text.slice(from, to);
      const start = nStart[from];
      const end = nEnd[to - 1];
      const first = original.charCodeAt(start);
      const capital =
        first >= 65 && first <= 90
          ? true
          : first > 0x7f && original.charAt(start) !== original.charAt(start).toLowerCase();
      const c0 = text.charCodeAt(from);
      const numeric = c0 >= 48 && c0 <= 57;
      let entry = long ? LONG_ENTRY : cache.get(folded);
      if (entry === undefined) {
        const forms = canonicalWords(folded);
        entry = { forms, keys: forms.map((f) => (numeric ? f : squeeze(f))) };
        if (cache.size < CACHE_LIMIT) cache.set(folded, entry);
      }
      const { forms, keys } = entry;
      const bits = (numeric ? NUMERIC : 0) | (capital ? CAPITAL : 0);
      for (let f = 0; f < forms.length; f++) {
        const startBit = f === 0 && !sentenceHasWords ? SENTENCE_START : 0;
        words.push(keys[f], forms[f], start, end, sentence, clause, bits | startBit);
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
        sentenceBreak = !abbreviation && (i + 1 >= n || isSentenceSpace(text.charCodeAt(i + 1)));
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
        clauseBreak = i > 0 && text.charCodeAt(i - 1) === 32;
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
  return { normalizedText: text, words, questions };
}

interface CachedToken {
  forms: readonly string[];
  keys: readonly string[];
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

const LONG_ENTRY: CachedToken = { forms: [''], keys: [''] };
const CACHE_LIMIT = 20_000;
