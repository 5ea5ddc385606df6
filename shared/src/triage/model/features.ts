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

/**
 * Distinct words' own features (unigram and character n-grams), in numbered slots: per slot its buckets,
 * how many, and its unigram hash. A message's words are slot numbers, and what scoring reads per word
 * (the count, the model's summed weights per slot) sits in flat typed arrays rather than in objects
 * spread over the heap. The slots start over when full (and the generation moves on, so a model drops
 * the sums it kept): memory stays bounded whatever comes in.
 */
export const WORD_SLOTS = 50_000;
const slotOfKey = new Map<string, number>();
const slotBuckets: Int32Array[] = [];
/** slotSize[s]: how many buckets slot s has. */
export const slotSize = new Int32Array(WORD_SLOTS);
const slotUnigram = new Int32Array(WORD_SLOTS);
/** slotById[keyId] + 1: the slot of a word key by its keyId (see key-id.ts), 0 when not known yet. */
let slotById = new Int32Array(4096);
let generation = 0;

/** Moves on whenever the slots start over. */
export function wordSlotGeneration(): number {
  return generation;
}

/** The buckets of a slot's word, its unigram first. */
export function wordSlotBuckets(slot: number): Int32Array {
  return slotBuckets[slot];
}

function resetSlots(): void {
  slotOfKey.clear();
  slotBuckets.length = 0;
  slotById.fill(0);
  generation++;
}

/** Numbers count by their length only ("#9"): their digits say nothing the model could learn. */
export function wordCacheKey(key: string, numeric: boolean): string {
  return numeric ? `#${key.length}` : key;
}

function wordSlot(cacheKey: string, numeric: boolean): number {
  const cached = slotOfKey.get(cacheKey);
  if (cached !== undefined) return cached;
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
  const slot = slotBuckets.length;
  slotBuckets.push(Int32Array.from(out));
  slotSize[slot] = out.length;
  slotUnigram[slot] = unigram;
  slotOfKey.set(cacheKey, slot);
  return slot;
}

/** The slot of word i of the table, by its keyId where it has one. */
function slotOfWord(words: Analysis['words'], i: number): number {
  const id = words.id[i];
  if (id >= 0 && id < slotById.length) {
    const known = slotById[id];
    if (known !== 0) return known - 1;
  }
  const numeric = words.numeric(i);
  const slot = wordSlot(wordCacheKey(words.key[i], numeric), numeric);
  if (id >= 0) {
    if (id >= slotById.length) {
      const bigger = new Int32Array(Math.max(id + 1, slotById.length * 2));
      bigger.set(slotById);
      slotById = bigger;
    }
    slotById[id] = slot + 1;
  }
  return slot;
}

/**
 * A message's features, in two parts:
 * - units: per word occurrence, the slot of the word's own features (unigram and character n-grams),
 *   with its position — scoring adds a cached sum per slot;
 * - `bucket[i]` with the word it belongs to in `word[i]` (-1 for context features): word pairs, the
 *   rules' findings and the context.
 * Reused between messages (grown when needed).
 */
export class FeatureBuffer {
  count = 0;
  bucket: Int32Array = new Int32Array(1024);
  word: Int32Array = new Int32Array(1024);
  unitCount = 0;
  /** unitSlot[u]: the word slot of unit u; unitWord[u]: its word number. */
  unitSlot: Int32Array = new Int32Array(256);
  unitWord: Int32Array = new Int32Array(256);
  /** Features in all: the units' and the listed ones. */
  total = 0;

  clear(): void {
    this.count = 0;
    this.unitCount = 0;
    this.total = 0;
  }

  pushUnit(slot: number, word: number): void {
    const u = this.unitCount;
    if (u === this.unitWord.length) {
      const grow = (from: Int32Array): Int32Array => {
        const to = new Int32Array(u * 2);
        to.set(from);
        return to;
      };
      this.unitWord = grow(this.unitWord);
      this.unitSlot = grow(this.unitSlot);
    }
    this.unitSlot[u] = slot;
    this.unitWord[u] = word;
    this.unitCount = u + 1;
    this.total += slotSize[slot];
  }

  /** Every bucket, units expanded (for training). */
  allBuckets(): Int32Array {
    const out = new Int32Array(this.total);
    let at = 0;
    for (let u = 0; u < this.unitCount; u++) {
      const buckets = slotBuckets[this.unitSlot[u]];
      out.set(buckets, at);
      at += buckets.length;
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

const attachmentBuckets = new Map<string, number>();
const identifierBuckets = new Map<string, number>();

function namedBucket(cache: Map<string, number>, prefix: string, name: string): number {
  let b = cache.get(name);
  if (b === undefined) {
    b = contextBucket(`${prefix}:${name}`);
    cache.set(name, b);
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
/** PRESENCE_GROUPS' buckets, made on first use. */
let presenceBuckets: Int32Array | null = null;

/** Fills `out` with the features of an analysed message. */
export function collectFeatures(a: Analysis, out: FeatureBuffer): void {
  const words = a.words;
  out.clear();
  out.push(contextBucket(a.isPublic ? 'public' : 'private'), -1);
  const attachments = a.context.attachments;
  if (attachments)
    for (const attachment of attachments)
      out.push(namedBucket(attachmentBuckets, 'attachment', attachment.type), -1);
  for (const name of HIT_LEXICONS) {
    const hits = a.hits(name);
    if (hits.length === 0) continue;
    let tags = hitBuckets.get(name);
    for (const hit of hits) {
      if (hit.first >= MODEL_WORD_LIMIT) continue;
      let b = tags?.get(hit.tag);
      if (b === undefined) {
        b = hitBucket(name, hit.tag);
        tags = hitBuckets.get(name);
      }
      out.push(b, hit.first);
    }
  }
  presenceBuckets ??= Int32Array.from(PRESENCE_GROUPS, ([name, tag]) => contextBucket(`${name}:${tag}`));
  let lexicon: LexiconName | null = null;
  let any = false;
  for (let g = 0; g < PRESENCE_GROUPS.length; g++) {
    const [name, tag] = PRESENCE_GROUPS[g];
    // A lexicon without any hit has none of its groups either.
    if (name !== lexicon) {
      lexicon = name;
      any = a.has(name);
    }
    if (any && a.has(name, tag)) out.push(presenceBuckets[g], -1);
  }
  for (const identifier of a.identifiers)
    out.push(namedBucket(identifierBuckets, 'identifier', identifier.kind), -1);
  const n = Math.min(words.length, MODEL_WORD_LIMIT);
  // Each word takes at most one new slot: start over before, never in the middle of a message.
  if (slotBuckets.length + n > WORD_SLOTS) resetSlots();
  let previous = 0;
  let previousSentence = -1;
  for (let i = 0; i < n; i++) {
    if (words.key[i] === '') continue;
    const slot = slotOfWord(words, i);
    out.pushUnit(slot, i);
    const unigram = slotUnigram[slot];
    const sentence = words.sentence[i];
    if (sentence === previousSentence) out.push(bucketOf(hashStep(hashStep(previous, PAIR), unigram)), i);
    previous = unigram;
    previousSentence = sentence;
  }
}
