import type { Lexicon } from './lexicon/types';
import { foldWord, squeeze } from './normalize';
import { canonicalWords, type WordTable } from './tokens';
import { HitColumns } from './hit-columns';
import { ALWAYS_HI, keyBit } from './key-bit';

/**
 * Phrase matching over the word stream. Every pattern is indexed by its first word (exact, prefix or
 * suffix key), so each word of the message costs a few map look-ups; the remaining steps have a bounded
 * length and bounded gaps. The whole match is linear in the number of words, whatever the input.
 */

export interface Hit {
  lexicon: string;
  tag: string;
  /** Index of the first and last matched word. */
  first: number;
  last: number;
  pattern: string;
}

const EXACT = 0;
const PREFIX = 1;
const SUFFIX = 2;
const ANY = 3;
const NUMBER = 4;

interface WordTest {
  kind: number;
  value: string;
}

type Step = { tests: WordTest[]; gap: 0 } | { tests: null; gap: number };

interface Phrase {
  id: number;
  lexicon: string;
  /** Position of the lexicon in the matcher's output buckets. */
  bucket: number;
  tag: string;
  negatable: boolean;
  pattern: string;
  steps: Step[];
  /**
   * Key bits (lo, hi pairs) of the later steps that accept exact words only: the words after the first
   * one must hold one of each step's words, or the phrase cannot match there.
   */
  required: Int32Array;
}

/** What the matcher knows about one distinct word key. */
interface KeyInfo {
  /**
   * Phrases whose first step accepts the word, already filtered, each once (a phrase indexed under two
   * of its first words would only be tried twice with the same outcome).
   */
  candidates: Phrase[];
  /**
   * Per candidate, the bits of its first required step (ALWAYS_HI when it has none): most candidates
   * fail on these alone, so the loop checks them before it looks at the phrase.
   */
  firstLo: Int32Array;
  firstHi: Int32Array;
  /** The key's bit in a word mask, as two 32-bit halves. */
  lo: number;
  hi: number;
}

interface Indexed {
  phrase: Phrase;
  test: WordTest;
}

const MIN_AFFIX = 3;
const MAX_GAP = 8;
const NEGATION_WINDOW = 3;
const NEGATORS = new Set(
  ['niet', 'geen', 'nooit', 'not', 'no', 'never', 'nee', 'nimmer'].map((w) => squeeze(w)),
);

function keyOf(raw: string): string {
  const words = canonicalWords(foldWord(raw));
  const form = words.length === 1 ? words[0] : stripApos(foldWord(raw));
  return /^[0-9]/.test(form) ? form : squeeze(form);
}

function stripApos(s: string): string {
  return s.split("'").join('');
}

function compileTest(alt: string, pattern: string): WordTest {
  if (alt === '_') return { kind: ANY, value: '' };
  if (alt === '#') return { kind: NUMBER, value: '' };
  if (alt.endsWith('*') && !alt.startsWith('*')) {
    const value = keyOf(alt.slice(0, -1));
    if (value.length < MIN_AFFIX) throw new Error(`prefix too short in "${pattern}"`);
    return { kind: PREFIX, value };
  }
  if (alt.startsWith('*') && !alt.endsWith('*')) {
    const value = keyOf(alt.slice(1));
    if (value.length < MIN_AFFIX) throw new Error(`suffix too short in "${pattern}"`);
    return { kind: SUFFIX, value };
  }
  if (alt.includes('*')) throw new Error(`bad wildcard in "${pattern}"`);
  return { kind: EXACT, value: keyOf(alt) };
}

function compilePattern(pattern: string): Step[] {
  const steps: Step[] = [];
  for (const part of pattern.trim().split(/\s+/)) {
    if (part.startsWith('~')) {
      const gap = Number(part.slice(1));
      if (!Number.isInteger(gap) || gap < 1 || gap > MAX_GAP) throw new Error(`bad gap in "${pattern}"`);
      steps.push({ tests: null, gap });
    } else {
      steps.push({ tests: part.split('|').map((alt) => compileTest(alt, pattern)), gap: 0 });
    }
  }
  if (steps.length === 0 || steps[0].tests === null || steps[steps.length - 1].tests === null) {
    throw new Error(`pattern must start and end with a word: "${pattern}"`);
  }
  return steps;
}

function passes(test: WordTest, key: string, numeric: boolean): boolean {
  switch (test.kind) {
    case EXACT:
      return key === test.value;
    case PREFIX:
      return key.startsWith(test.value);
    case SUFFIX:
      return key.endsWith(test.value);
    case ANY:
      return key !== '' || numeric;
    default:
      return numeric;
  }
}

function acceptsAny(tests: readonly WordTest[], key: string, numeric: boolean): boolean {
  for (const test of tests) if (passes(test, key, numeric)) return true;
  return false;
}

export class PhraseMatcher {
  private readonly exact = new Map<string, Indexed[]>();
  private readonly prefix = new Map<string, Indexed[]>();
  private readonly suffix = new Map<string, Indexed[]>();
  private readonly other: Indexed[] = [];
  private readonly lexiconNames: string[] = [];
  /** phrases[id]: the phrase with that id. */
  private readonly phrases: Phrase[] = [];
  private count = 0;

  constructor(lexicons: Readonly<Record<string, Lexicon>>) {
    for (const [lexicon, groups] of Object.entries(lexicons)) {
      const bucket = this.lexiconNames.length;
      this.lexiconNames.push(lexicon);
      for (const group of groups) {
        for (const pattern of group.patterns) {
          const steps = compilePattern(pattern);
          const phrase: Phrase = {
            id: this.count++,
            lexicon,
            bucket,
            tag: group.tag,
            negatable: group.negatable === true,
            pattern,
            steps,
            required: requiredBits(steps),
          };
          this.phrases.push(phrase);
          for (const test of phrase.steps[0].tests ?? []) this.index({ phrase, test });
        }
      }
      this.buckets.push(null);
    }
  }

  private index(entry: Indexed): void {
    const { test } = entry;
    const add = (map: Map<string, Indexed[]>, key: string): void => {
      const list = map.get(key);
      if (list) list.push(entry);
      else map.set(key, [entry]);
    };
    if (test.kind === EXACT) add(this.exact, test.value);
    else if (test.kind === PREFIX) add(this.prefix, test.value.slice(0, MIN_AFFIX));
    else if (test.kind === SUFFIX) add(this.suffix, test.value.slice(-MIN_AFFIX));
    else this.other.push(entry);
  }

  /**
   * Per distinct key (numbers apart from words): the candidate phrases and the key's bit. The caches are
   * bounded, so a flood of distinct words cannot grow them without limit.
   */
  private readonly wordInfo = new Map<string, KeyInfo>();
  private readonly numberInfo = new Map<string, KeyInfo>();
  private static readonly CACHE_LIMIT = 50_000;

  private infoFor(key: string, numeric: boolean): KeyInfo {
    const cache = numeric ? this.numberInfo : this.wordInfo;
    const cached = cache.get(key);
    if (cached) return cached;
    const found: Phrase[] = [];
    const add = (list: Indexed[] | undefined): void => {
      if (!list) return;
      for (const entry of list) {
        if (passes(entry.test, key, numeric) && !found.includes(entry.phrase)) found.push(entry.phrase);
      }
    };
    add(this.exact.get(key));
    if (key.length >= MIN_AFFIX) {
      add(this.prefix.get(key.slice(0, MIN_AFFIX)));
      add(this.suffix.get(key.slice(-MIN_AFFIX)));
    }
    add(this.other);
    const bit = keyBit(key);
    // Most words start no phrase: they share one info per bit, so caching them costs next to nothing.
    const info: KeyInfo =
      found.length === 0
        ? NO_PHRASES[bit]
        : {
            candidates: found,
            firstLo: Int32Array.from(found, (p) => (p.required.length > 0 ? p.required[0] : 0)),
            firstHi: Int32Array.from(found, (p) => (p.required.length > 0 ? p.required[1] : ALWAYS_HI)),
            lo: bitLo(bit),
            hi: bitHi(bit),
          };
    if (cache.size >= PhraseMatcher.CACHE_LIMIT) cache.clear();
    cache.set(key, info);
    return info;
  }

  /** Key infos by keyId: the same as infoFor, one array look-up per word. */
  private readonly infoById: (KeyInfo | undefined)[] = [];

  /** Grows the array without holes, so it stays a fast array. */
  private remember(id: number, info: KeyInfo): void {
    const byId = this.infoById;
    while (byId.length <= id) byId.push(undefined);
    byId[id] = info;
  }

  /** Key infos of the current sentence's words, reused between sentences and messages. */
  private sentenceInfos: KeyInfo[] = [];

  /** All hits in the words, grouped by lexicon name. */
  match(words: WordTable): Map<string, Hit[]> {
    return this.matchAll(words, NO_COLUMNS).hits;
  }

  /**
   * All hits in the words: as objects grouped by lexicon name, except for the lexicons in asColumns,
   * whose hits are kept as columns.
   */
  matchAll(words: WordTable, asColumns: ReadonlySet<string>): MatchResult {
    // A lexicon's list is made at its first hit: most messages hit a few lexicons of the many.
    const buckets = this.buckets;
    buckets.fill(null);
    const columns = this.lexiconNames.map((name) =>
      asColumns.has(name) ? new HitColumns(this.phrases) : null,
    );
    const firstSeen: number[] = [];
    const keys = words.key;
    const sentenceOf = words.sentence;
    const idOf = words.id;
    const infoById = this.infoById;
    const n = words.length;
    const infos = this.sentenceInfos;
    // Sentence by sentence: first the words' key infos, then per position the mask of the words after it,
    // then the phrases. A phrase needs its later words after its first one, in the same sentence: where
    // one of them is missing from the mask, the phrase is skipped without walking its steps.
    let i = 0;
    while (i < n) {
      const sentence = sentenceOf[i];
      let j = i;
      for (; j < n && sentenceOf[j] === sentence; j++) {
        const id = idOf[j];
        let info = id >= 0 ? infoById[id] : undefined;
        if (info === undefined) {
          const key = keys[j];
          const numeric = words.numeric(j);
          info = key === '' && !numeric ? EMPTY_INFO : this.infoFor(key, numeric);
          if (id >= 0) this.remember(id, info);
        }
        infos[j - i] = info;
      }
      const { afterLo, afterHi } = this.afterMasks(infos, j - i);
      for (let w = i; w < j; w++) {
        const info = infos[w - i];
        if (info.candidates.length === 0) continue;
        this.tryAll(info, words, w, afterLo[w - i], afterHi[w - i], buckets, columns, firstSeen);
      }
      i = j;
    }
    infos.length = 0;
    // Lexicons in the order of their first hit, as before.
    const hits = new Map<string, Hit[]>();
    for (const b of firstSeen) hits.set(this.lexiconNames[b], buckets[b]!);
    buckets.fill(null);
    const byName = new Map<string, HitColumns>();
    columns.forEach((c, b) => {
      if (c) byName.set(this.lexiconNames[b], c);
    });
    return { hits, columns: byName };
  }

  /** Per lexicon, the current message's hits (null: none yet); reused between messages. */
  private readonly buckets: (Hit[] | null)[] = [];

  private afterLo = new Int32Array(256);
  private afterHi = new Int32Array(256);

  /** afterLo/afterHi[k]: the bits of the words after position k of the sentence, plus ALWAYS_HI. */
  private afterMasks(infos: readonly KeyInfo[], count: number): { afterLo: Int32Array; afterHi: Int32Array } {
    if (this.afterLo.length < count) {
      this.afterLo = new Int32Array(count * 2);
      this.afterHi = new Int32Array(count * 2);
    }
    const { afterLo, afterHi } = this;
    let lo = 0;
    let hi = ALWAYS_HI;
    for (let k = count - 1; k >= 0; k--) {
      afterLo[k] = lo;
      afterHi[k] = hi;
      lo |= infos[k].lo;
      hi |= infos[k].hi;
    }
    return { afterLo, afterHi };
  }

  private tryAll(
    info: KeyInfo,
    words: WordTable,
    i: number,
    lo: number,
    hi: number,
    buckets: (Hit[] | null)[],
    columns: (HitColumns | null)[],
    firstSeen: number[],
  ): void {
    const sentence = words.sentence[i];
    const { candidates, firstLo, firstHi } = info;
    for (let c = 0; c < candidates.length; c++) {
      if ((firstLo[c] & lo) === 0 && (firstHi[c] & hi) === 0) continue;
      const phrase = candidates[c];
      if (!mayMatch(phrase.required, lo, hi)) continue;
      const last = phrase.steps.length === 1 ? i : this.matchFrom(words, phrase.steps, 1, i + 1, sentence);
      if (last < 0) continue;
      if (phrase.negatable && negatedBefore(words, i)) continue;
      const asColumns = columns[phrase.bucket];
      if (asColumns) {
        asColumns.add(phrase.id, i, last);
        continue;
      }
      let bucket = buckets[phrase.bucket];
      if (bucket === null) {
        bucket = [];
        buckets[phrase.bucket] = bucket;
        firstSeen.push(phrase.bucket);
      }
      bucket.push({ lexicon: phrase.lexicon, tag: phrase.tag, first: i, last, pattern: phrase.pattern });
    }
  }

  /** Index of the last word of a match of steps[si..] starting at word wi, or -1. */
  private matchFrom(words: WordTable, steps: Step[], si: number, wi: number, sentence: number): number {
    if (si === steps.length) return wi - 1;
    const step = steps[si];
    if (step.tests === null) {
      // The step after a gap is usually a word: test it here rather than in a call per position.
      const next = steps[si + 1].tests;
      for (let g = 0; g <= step.gap; g++) {
        const at = wi + g;
        if (at >= words.length || words.sentence[at] !== sentence) return -1;
        if (next !== null && !acceptsAny(next, words.key[at], words.numeric(at))) continue;
        const r = this.matchFrom(words, steps, si + 1, at, sentence);
        if (r >= 0) return r;
      }
      return -1;
    }
    if (wi >= words.length || words.sentence[wi] !== sentence) return -1;
    const key = words.key[wi];
    const numeric = words.numeric(wi);
    for (const test of step.tests) {
      if (passes(test, key, numeric)) return this.matchFrom(words, steps, si + 1, wi + 1, sentence);
    }
    return -1;
  }
}

export interface MatchResult {
  hits: Map<string, Hit[]>;
  columns: Map<string, HitColumns>;
}

const NO_COLUMNS: ReadonlySet<string> = new Set();

function bitLo(bit: number): number {
  return bit < 32 ? 1 << bit : 0;
}

function bitHi(bit: number): number {
  return bit >= 32 ? 1 << (bit - 32) : 0;
}

function emptyInfo(lo: number, hi: number): KeyInfo {
  return { candidates: [], firstLo: new Int32Array(0), firstHi: new Int32Array(0), lo, hi };
}

/** For a word without a key (a token too long to be a word): no phrases, no bit. */
const EMPTY_INFO = emptyInfo(0, 0);
/** NO_PHRASES[bit]: the info of a word that starts no phrase. */
const NO_PHRASES: readonly KeyInfo[] = Array.from({ length: 63 }, (_, bit) =>
  emptyInfo(bitLo(bit), bitHi(bit)),
);

function requiredBits(steps: readonly Step[]): Int32Array {
  const bits: number[] = [];
  for (let s = 1; s < steps.length; s++) {
    const tests = steps[s].tests;
    if (tests === null || tests.some((t) => t.kind !== EXACT)) continue;
    let lo = 0;
    let hi = 0;
    for (const t of tests) {
      const bit = keyBit(t.value);
      lo |= bitLo(bit);
      hi |= bitHi(bit);
    }
    bits.push(lo, hi);
  }
  return Int32Array.from(bits);
}

/** Every required step has one of its words in the mask (of the words after the phrase's first). */
function mayMatch(required: Int32Array, lo: number, hi: number): boolean {
  for (let r = 0; r < required.length; r += 2) {
    if ((required[r] & lo) === 0 && (required[r + 1] & hi) === 0) return false;
  }
  return true;
}

/** A negation among the few words before word i, within its clause. */
export function negatedBefore(words: WordTable, i: number): boolean {
  const clause = words.clause[i];
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_WINDOW; j--) {
    if (words.clause[j] !== clause) return false;
    if (NEGATORS.has(words.key[j])) return true;
  }
  return false;
}
