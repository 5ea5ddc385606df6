import type { Lexicon } from './lexicon/types';
import { foldWord, squeeze } from './normalize';
import { canonicalWords, type WordTable } from './tokens';

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
  tag: string;
  negatable: boolean;
  pattern: string;
  steps: Step[];
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

export class PhraseMatcher {
  private readonly exact = new Map<string, Indexed[]>();
  private readonly prefix = new Map<string, Indexed[]>();
  private readonly suffix = new Map<string, Indexed[]>();
  private readonly other: Indexed[] = [];
  private count = 0;

  constructor(lexicons: Readonly<Record<string, Lexicon>>) {
    for (const [lexicon, groups] of Object.entries(lexicons)) {
      for (const group of groups) {
        for (const pattern of group.patterns) {
          const phrase: Phrase = {
            id: this.count++,
            lexicon,
            tag: group.tag,
            negatable: group.negatable === true,
            pattern,
            steps: compilePattern(pattern),
          };
          for (const test of phrase.steps[0].tests ?? []) this.index({ phrase, test });
        }
      }
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
   * Phrases whose first step accepts a word with this key, already filtered: one map look-up per word.
   * The cache is bounded, so a flood of distinct words cannot grow it without limit.
   */
  private readonly candidates = new Map<string, Indexed[]>();
  private static readonly CACHE_LIMIT = 50_000;

  private candidatesFor(key: string, numeric: boolean): Indexed[] {
    const cacheKey = numeric ? '#' + key : key;
    const cached = this.candidates.get(cacheKey);
    if (cached) return cached;
    const found: Indexed[] = [];
    const add = (list: Indexed[] | undefined): void => {
      if (!list) return;
      for (const entry of list) if (passes(entry.test, key, numeric)) found.push(entry);
    };
    add(this.exact.get(key));
    if (key.length >= MIN_AFFIX) {
      add(this.prefix.get(key.slice(0, MIN_AFFIX)));
      add(this.suffix.get(key.slice(-MIN_AFFIX)));
    }
    add(this.other);
    if (this.candidates.size >= PhraseMatcher.CACHE_LIMIT) this.candidates.clear();
    this.candidates.set(cacheKey, found);
    return found;
  }

  /** All hits in the words, grouped by lexicon name. */
  match(words: WordTable): Map<string, Hit[]> {
    const out = new Map<string, Hit[]>();
    const seen: number[] = [];
    const keys = words.key;
    for (let i = 0; i < words.length; i++) {
      const key = keys[i];
      const numeric = words.numeric(i);
      if (key === '' && !numeric) continue;
      const list = this.candidatesFor(key, numeric);
      if (list.length === 0) continue;
      seen.length = 0;
      this.tryAll(list, words, i, out, seen);
    }
    return out;
  }

  private tryAll(
    list: Indexed[],
    words: WordTable,
    i: number,
    out: Map<string, Hit[]>,
    seen: number[],
  ): void {
    const sentence = words.sentence[i];
    for (const entry of list) {
      const phrase = entry.phrase;
      if (seen.includes(phrase.id)) continue;
      const last = phrase.steps.length === 1 ? i : this.matchFrom(words, phrase.steps, 1, i + 1, sentence);
      if (last < 0) continue;
      if (phrase.negatable && negatedBefore(words, i)) continue;
      seen.push(phrase.id);
      const hit: Hit = { lexicon: phrase.lexicon, tag: phrase.tag, first: i, last, pattern: phrase.pattern };
      const bucket = out.get(hit.lexicon);
      if (bucket) bucket.push(hit);
      else out.set(hit.lexicon, [hit]);
    }
  }

  /** Index of the last word of a match of steps[si..] starting at word wi, or -1. */
  private matchFrom(words: WordTable, steps: Step[], si: number, wi: number, sentence: number): number {
    if (si === steps.length) return wi - 1;
    const step = steps[si];
    if (step.tests === null) {
      for (let g = 0; g <= step.gap; g++) {
        const at = wi + g;
        if (at >= words.length || words.sentence[at] !== sentence) return -1;
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

/** A negation among the few words before word i, within its clause. */
export function negatedBefore(words: WordTable, i: number): boolean {
  const clause = words.clause[i];
  for (let j = i - 1; j >= 0 && j >= i - NEGATION_WINDOW; j--) {
    if (words.clause[j] !== clause) return false;
    if (NEGATORS.has(words.key[j])) return true;
  }
  return false;
}
