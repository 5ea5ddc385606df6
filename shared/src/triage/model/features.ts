import type { Analysis } from '../analysis';
import { LEXICONS, type LexiconName } from '../lexicon';
import { HASH_SEED, hashStep } from '../token-cache';

/**
 * Features of the learned classifier: hashed word unigrams, word pairs within a sentence, character
 * n-grams (3 to 5) of each word, the context (public or private, attachments), and what the rules
 * found (each lexicon group that matched, idioms included, and each kind of identifier). Character
 * n-grams are what lets spelling variants, compounds and inflections it has never seen
 * ("slaappilletjes", "pillen", "pilletjes") land near each other; the rules' findings let it learn
 * when a lexicon hit means something and when an idiom takes it back. Words are the matcher's keys:
 * folded, chat spelling expanded, repeated letters squeezed.
 */

/** Hash buckets: a power of two. */
export const BUCKET_BITS = 18;
export const BUCKETS = 1 << BUCKET_BITS;
const MASK = BUCKETS - 1;

/** The model reads at most this many words (some 30 kB of text, a long letter); the rules read everything. */
export const MODEL_WORD_LIMIT = 5_000;

/** Seeds per feature kind, so the same letters as a word, a gram or a pair hash apart. */
const UNIGRAM = 0x55;
const GRAM = 0x67;
const PAIR = 0x79;
const CONTEXT = 0x8b;
const SHAPE = 0x9d;

const MIN_GRAM = 3;
const MAX_GRAM = 5;
/** Longer words get no n-grams (ids, garbage): their unigram is enough. */
const MAX_GRAM_WORD = 24;

function bucketOf(hash: number): number {
  return (hash ^ (hash >>> BUCKET_BITS)) & MASK;
}

function hashText(seed: number, text: string): number {
  let h = hashStep(HASH_SEED, seed);
  for (let i = 0; i < text.length; i++) h = hashStep(h, text.charCodeAt(i));
  return h;
}

/** A word's own features: its unigram hash (unmasked, for pairs) and its buckets. */
export interface WordEntry {
  unigram: number;
  buckets: Int32Array;
  /** The summed weights of these buckets per label, for the model that computed them last. */
  sum: Float32Array | null;
  sumOwner: object | null;
}

const wordCache = new Map<string, WordEntry>();
const WORD_CACHE_LIMIT = 50_000;

/** Numbers count by their length only ("#9"): their digits say nothing the model could learn. */
export function wordCacheKey(key: string, numeric: boolean): string {
  return numeric ? `#${key.length}` : key;
}

function wordFeatures(cacheKey: string, numeric: boolean): WordEntry {
  const cached = wordCache.get(cacheKey);
  if (cached) return cached;
  const key = cacheKey;
  const unigram = numeric ? hashText(SHAPE, cacheKey) : hashText(UNIGRAM, key);
  const out: number[] = [bucketOf(unigram)];
  if (!numeric && key.length <= MAX_GRAM_WORD) {
    const padded = `<${key}>`;
    for (let n = MIN_GRAM; n <= MAX_GRAM; n++) {
      // The whole padded word is the unigram already.
      for (let i = 0; i + n <= padded.length && n < padded.length; i++) {
        let h = hashStep(HASH_SEED, GRAM);
        for (let k = i; k < i + n; k++) h = hashStep(h, padded.charCodeAt(k));
        out.push(bucketOf(h));
      }
    }
  }
  const entry: WordEntry = { unigram, buckets: Int32Array.from(out), sum: null, sumOwner: null };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(cacheKey, entry);
  return entry;
}

/**
 * A message's features, in two parts:
 * - units: per word occurrence, the word's own features (unigram and character n-grams) as one shared
 *   array per distinct word, with its key and position — scoring adds a cached sum per distinct word;
 * - `bucket[i]` with the word it belongs to in `word[i]` (-1 for context features): word pairs, the
 *   rules' findings and the context.
 * Reused between messages (grown when needed).
 */
export class FeatureBuffer {
  count = 0;
  bucket: Int32Array = new Int32Array(1024);
  word: Int32Array = new Int32Array(1024);
  unitCount = 0;
  units: WordEntry[] = [];
  unitWord: Int32Array = new Int32Array(256);
  /** Features in all: the units' and the listed ones. */
  total = 0;

  clear(): void {
    this.count = 0;
    this.unitCount = 0;
    this.total = 0;
  }

  pushUnit(entry: WordEntry, word: number): void {
    const u = this.unitCount;
    if (u === this.unitWord.length) {
      const to = new Int32Array(u * 2);
      to.set(this.unitWord);
      this.unitWord = to;
    }
    this.units[u] = entry;
    this.unitWord[u] = word;
    this.unitCount = u + 1;
    this.total += entry.buckets.length;
  }

  /** Every bucket, units expanded (for training). */
  allBuckets(): Int32Array {
    const out = new Int32Array(this.total);
    let at = 0;
    for (let u = 0; u < this.unitCount; u++) {
      out.set(this.units[u].buckets, at);
      at += this.units[u].buckets.length;
    }
    out.set(this.bucket.subarray(0, this.count), at);
    return out;
  }

  push(bucket: number, word: number): void {
    if (this.count === this.bucket.length) {
      const bigger = (from: Int32Array): Int32Array => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.bucket = bigger(this.bucket);
      this.word = bigger(this.word);
    }
    this.bucket[this.count] = bucket;
    this.word[this.count] = word;
    this.count++;
    this.total++;
  }
}

const contextBuckets = new Map<string, number>();

function contextBucket(name: string): number {
  let b = contextBuckets.get(name);
  if (b === undefined) {
    b = bucketOf(hashText(CONTEXT, name));
    contextBuckets.set(name, b);
  }
  return b;
}

const hitBuckets = new Map<string, Map<string, number>>();

function hitBucket(lexicon: string, tag: string): number {
  let tags = hitBuckets.get(lexicon);
  if (!tags) {
    tags = new Map();
    hitBuckets.set(lexicon, tags);
  }
  let b = tags.get(tag);
  if (b === undefined) {
    b = contextBucket(`${lexicon}:${tag}`);
    tags.set(tag, b);
  }
  return b;
}

/** Lexicons whose hits the rules keep as objects; their groups become features at the hit's first word. */
const HIT_LEXICONS: readonly LexiconName[] = (Object.keys(LEXICONS) as LexiconName[]).filter(
  (name) => !['personal', 'contact', 'politeness'].includes(name),
);
/** Lexicons the rules keep as columns: asked by group, as features of the whole message. */
const PRESENCE_GROUPS: readonly [LexiconName, string][] = (
  ['personal', 'contact', 'politeness'] as const
).flatMap((name) =>
  [...new Set(LEXICONS[name].map((group) => group.tag))].map((tag): [LexiconName, string] => [name, tag]),
);

/** Fills `out` with the features of an analysed message. */
export function collectFeatures(a: Analysis, out: FeatureBuffer): void {
  const words = a.words;
  out.clear();
  out.push(contextBucket(a.isPublic ? 'public' : 'private'), -1);
  for (const attachment of a.context.attachments ?? [])
    out.push(contextBucket(`attachment:${attachment.type}`), -1);
  for (const name of HIT_LEXICONS) {
    for (const hit of a.hits(name)) {
      if (hit.first < MODEL_WORD_LIMIT) out.push(hitBucket(name, hit.tag), hit.first);
    }
  }
  for (const [name, tag] of PRESENCE_GROUPS)
    if (a.has(name, tag)) out.push(contextBucket(`${name}:${tag}`), -1);
  for (const identifier of a.identifiers) out.push(contextBucket(`identifier:${identifier.kind}`), -1);
  const n = Math.min(words.length, MODEL_WORD_LIMIT);
  let previous = 0;
  let previousSentence = -1;
  for (let i = 0; i < n; i++) {
    const key = words.key[i];
    if (key === '') continue;
    const entry = wordFeatures(wordCacheKey(key, words.numeric(i)), words.numeric(i));
    out.pushUnit(entry, i);
    const unigram = entry.unigram;
    const sentence = words.sentence[i];
    if (sentence === previousSentence) out.push(bucketOf(hashStep(hashStep(previous, PAIR), unigram)), i);
    previous = unigram;
    previousSentence = sentence;
  }
}
