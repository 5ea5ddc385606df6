import type { EvidenceSpan, FlagCode } from '../../contract/triage';
import type { WordTable } from '../tokens';
import {
  BUCKETS,
  type FeatureBuffer,
  slotSize,
  WORD_SLOTS,
  wordSlotBuckets,
  wordSlotGeneration,
} from './features';

/** The flags the model scores, in the order of its weight rows. */
export type ModelLabel = FlagCode;

/**
 * A linear classifier per flag over hashed features (logistic regression, one-vs-rest). A message's
 * features are binary and scaled by 1/√n, so a long message does not score high by length alone.
 * Long messages are also scored in windows of a few sentences, and each flag takes its best window: a
 * signal buried in a long story about something else still stands out in its own window.
 *
 * Weights are kept in rows, one per bucket that has any: `rowOf[bucket]` is its row (-1: none), and
 * `weights[row * labels + k]` the weight of label k. Training starts with a row for every bucket; the
 * committed model has rows only where weight is left, which keeps what scoring touches small (about
 * 3 MB instead of 10) and skips the many buckets that carry nothing.
 */
export class LinearModel {
  readonly rowOf: Int32Array;
  readonly weights: Float32Array;
  readonly bias: Float32Array;

  constructor(
    readonly labels: readonly ModelLabel[],
    rows?: { rowOf: Int32Array; weights: Float32Array },
    bias?: Float32Array,
  ) {
    this.rowOf = rows?.rowOf ?? Int32Array.from({ length: BUCKETS }, (_, b) => b);
    this.weights = rows?.weights ?? new Float32Array(BUCKETS * labels.length);
    this.bias = bias ?? new Float32Array(labels.length);
  }

  /**
   * For a model as committed (weights quantised to a signed byte per label): every bucket's bytes in one
   * dense table, dense[bucket * labels + k], and each label's 256 possible weights, level[k * 256 + byte
   * + 128] (exactly the Float32 weights). Word pairs and the rules' findings are scattered buckets, one
   * look-up each per message: a 2 MB table of bytes read directly keeps those look-ups to one cache line,
   * where the row index and the rows of floats cost two.
   */
  private dense: Int8Array | null = null;
  private level: Float64Array | null = null;
  /**
   * weighted[bucket >> 5] bit (bucket & 31): the bucket has a row. Some two thirds of a message's word
   * pairs land in buckets without weight; this 32 kB bit set answers for them from the cache, where the
   * 2 MB table would cost a miss each.
   */
  private weighted: Int32Array | null = null;

  /** Scores from the quantised weights (byte × scale[k]) these rows were decoded from. */
  useQuantised(bytes: Int8Array, scale: readonly number[]): void {
    const L = this.labels.length;
    const dense = new Int8Array(BUCKETS * L);
    const rowOf = this.rowOf;
    for (let b = 0; b < BUCKETS; b++) {
      const r = rowOf[b];
      if (r < 0) continue;
      for (let k = 0, from = r * L, to = b * L; k < L; k++) dense[to + k] = bytes[from + k];
    }
    const level = new Float64Array(L * 256);
    const f32 = new Float32Array(1);
    for (let k = 0; k < L; k++) {
      for (let q = -128; q < 128; q++) {
        f32[0] = q * scale[k];
        level[k * 256 + q + 128] = f32[0];
      }
    }
    const weighted = new Int32Array(BUCKETS >> 5);
    for (let b = 0; b < BUCKETS; b++) if (rowOf[b] >= 0) weighted[b >> 5] |= 1 << (b & 31);
    this.dense = dense;
    this.level = level;
    this.weighted = weighted;
  }

  /** The weight of label k for a bucket (0 where the bucket has no row). */
  weight(bucket: number, k: number): number {
    const row = this.rowOf[bucket];
    return row < 0 ? 0 : this.weights[row * this.labels.length + k];
  }

  /**
   * The summed weights of one word's own features, per label, by word slot: a word's unigram and n-grams
   * always come together, so scoring adds one row per word instead of some fifteen scattered ones.
   * slotSums[slot * labels + k], computed on first use (slotReady), void when the slots start over.
   */
  private slotSums: Float32Array | null = null;
  private slotReady: Uint8Array | null = null;
  private slotGeneration = -1;

  /** The summed rows of the current word slots, made ready for use. */
  private slotTable(): { sums: Float32Array; ready: Uint8Array } {
    if (!this.slotSums || !this.slotReady) {
      this.slotSums = new Float32Array(WORD_SLOTS * this.labels.length);
      this.slotReady = new Uint8Array(WORD_SLOTS);
      this.slotGeneration = wordSlotGeneration();
    } else if (this.slotGeneration !== wordSlotGeneration()) {
      this.slotReady.fill(0);
      this.slotGeneration = wordSlotGeneration();
    }
    return { sums: this.slotSums, ready: this.slotReady };
  }

  /** Sums slot's row into slotSums (the table from slotTable). */
  private sumSlot(slot: number, sums: Float32Array, ready: Uint8Array): void {
    const L = this.labels.length;
    const at = slot * L;
    for (let k = 0; k < L; k++) sums[at + k] = 0;
    const buckets = wordSlotBuckets(slot);
    for (let i = 0; i < buckets.length; i++) {
      const r = this.rowOf[buckets[i]];
      if (r >= 0) for (let k = 0, row = r * L; k < L; k++) sums[at + k] += this.weights[row + k];
    }
    ready[slot] = 1;
  }

  /** What touchRows last read, kept where it is visible so its reads cannot be optimised away. */
  touched = 0;

  /**
   * Reads the first and last entry of every row scoring is about to sum: the words' summed rows (a
   * 1.8 MB table) and the weighted rows of the scattered features (word pairs land anywhere in the 2 MB
   * table). Each is mostly a cache miss; read in a tight loop of independent loads the misses overlap,
   * where the summing loops would wait for them one at a time.
   */
  private touchRows(features: FeatureBuffer, slotSums: Float32Array, ready: Uint8Array): void {
    const L = this.labels.length;
    let sum = 0;
    const unitSlot = features.unitSlot;
    for (let u = 0; u < features.unitCount; u++) {
      const slot = unitSlot[u];
      if (ready[slot] !== 0) sum += slotSums[slot * L] + slotSums[slot * L + L - 1];
    }
    const dense = this.dense;
    const weighted = this.weighted;
    if (dense !== null && weighted !== null) {
      const bucket = features.bucket;
      for (let i = 0; i < features.count; i++) {
        const b = bucket[i];
        if ((weighted[b >> 5] & (1 << (b & 31))) !== 0) sum += dense[b * L] + dense[b * L + L - 1];
      }
    }
    this.touched = sum;
  }

  /** The result of the last score call, reused (scoring runs on one thread at a time). */
  private last: ModelScore | null = null;

  /**
   * Probability per label, each from its best window: the whole message, and for messages of more than
   * WINDOW sentences every run of WINDOW consecutive sentences. Context features count in every window.
   * The result is this model's scratch: valid until its next score call (copy it to keep it).
   */
  score(features: FeatureBuffer, words: WordTable): ModelScore {
    const L = this.labels.length;
    const w = this.weights;
    const rowOf = this.rowOf;
    const units = features.unitCount;
    const sentences = units > 0 ? words.sentence[features.unitWord[units - 1]] + 1 : 1;
    // Short messages are one window: one row of sums. Longer ones get a row per sentence.
    const perSentence = sentences > WINDOW;
    const rows = perSentence ? sentences : 1;
    const sums = scratchSums((rows + 1) * L);
    const counts = scratchCounts(rows);
    // The context features' sums live in the row after the sentences'.
    const contextAt = rows * L;
    let contextCount = 0;
    const unitWord = features.unitWord;
    const unitSlot = features.unitSlot;
    const sentence = words.sentence;
    const table = this.slotTable();
    const slotSums = table.sums;
    const ready = table.ready;
    this.touchRows(features, slotSums, ready);
    for (let u = 0; u < units; u++) {
      const slot = unitSlot[u];
      if (ready[slot] === 0) this.sumSlot(slot, slotSums, ready);
      const s = perSentence ? sentence[unitWord[u]] : 0;
      counts[s] += slotSize[slot];
      for (let k = 0, at = s * L, from = slot * L; k < L; k++) sums[at + k] += slotSums[from + k];
    }
    const bucket = features.bucket;
    const word = features.word;
    const dense = this.dense;
    const level = this.level;
    const weighted = this.weighted;
    for (let i = 0; i < features.count; i++) {
      const wi = word[i];
      let at: number;
      if (wi < 0) {
        contextCount++;
        at = contextAt;
      } else {
        const s = perSentence ? sentence[wi] : 0;
        counts[s]++;
        at = s * L;
      }
      const b = bucket[i];
      if (dense !== null && level !== null && weighted !== null) {
        // A bucket without weight adds nothing: the bit set says so without reading the big table.
        if ((weighted[b >> 5] & (1 << (b & 31))) === 0) continue;
        for (let k = 0, from = b * L; k < L; k++) sums[at + k] += level[(k << 8) + dense[from + k] + 128];
      } else {
        const r = rowOf[b];
        if (r >= 0) for (let k = 0, row = r * L; k < L; k++) sums[at + k] += w[row + k];
      }
    }
    let result = this.last;
    if (result === null || result.probability.length !== L) {
      result = {
        probability: new Float64Array(L),
        windowFrom: new Int32Array(L),
        windowTo: new Int32Array(L),
      };
      this.last = result;
    }
    const { probability, windowFrom, windowTo } = result;
    // Without a word there is nothing to judge: the context alone says nothing about a message.
    if (units === 0) {
      probability.fill(0);
      windowFrom.fill(0);
      windowTo.fill(sentences);
      return result;
    }
    // The whole message.
    let n = contextCount;
    for (let s = 0; s < rows; s++) n += counts[s];
    let scale = 1 / Math.sqrt(n);
    for (let k = 0; k < L; k++) {
      let total = sums[contextAt + k];
      for (let s = 0; s < rows; s++) total += sums[s * L + k];
      probability[k] = total * scale + this.bias[k];
      windowFrom[k] = 0;
      windowTo[k] = sentences;
    }
    // Each run of WINDOW sentences, for long messages.
    if (perSentence) {
      for (let from = 0; from + WINDOW <= sentences; from++) {
        n = contextCount;
        for (let s = from; s < from + WINDOW; s++) n += counts[s];
        if (n === 0) continue;
        scale = 1 / Math.sqrt(n);
        for (let k = 0; k < L; k++) {
          let total = sums[contextAt + k];
          for (let s = from; s < from + WINDOW; s++) total += sums[s * L + k];
          const logit = total * scale + this.bias[k];
          if (logit > probability[k]) {
            probability[k] = logit;
            windowFrom[k] = from;
            windowTo[k] = from + WINDOW;
          }
        }
      }
    }
    for (let k = 0; k < L; k++) probability[k] = sigmoid(probability[k]);
    return result;
  }

  /**
   * The words that carry label k in its best window: each word's share of the logit (its own features
   * and the pair it ends), which for a linear model is what leaving that word out would take away.
   * The strongest positive words until they carry most of the positive weight, at most MAX_EVIDENCE.
   */
  evidence(k: number, score: ModelScore, features: FeatureBuffer, words: WordTable): EvidenceSpan[] {
    const from = score.windowFrom[k];
    const to = score.windowTo[k];
    // Each word's share, in a row indexed by word number (features come in word order).
    let first = -1;
    let last = -1;
    for (let u = 0; u < features.unitCount; u++) {
      const s = words.sentence[features.unitWord[u]];
      if (s < from || s >= to) continue;
      if (first < 0) first = features.unitWord[u];
      last = features.unitWord[u];
    }
    if (first < 0) return [];
    const count = last - first + 1;
    const share = scratchShare(count);
    const L = this.labels.length;
    const table = this.slotTable();
    for (let u = 0; u < features.unitCount; u++) {
      const wi = features.unitWord[u];
      if (wi < first || wi > last) continue;
      const slot = features.unitSlot[u];
      if (table.ready[slot] === 0) this.sumSlot(slot, table.sums, table.ready);
      share[wi - first] += table.sums[slot * L + k];
    }
    const dense = this.dense;
    const level = this.level;
    const weighted = this.weighted;
    for (let i = 0; i < features.count; i++) {
      const wi = features.word[i];
      if (wi < first || wi > last) continue;
      const b = features.bucket[i];
      if (dense !== null && level !== null && weighted !== null) {
        if ((weighted[b >> 5] & (1 << (b & 31))) !== 0)
          share[wi - first] += level[(k << 8) + dense[b * L + k] + 128];
      } else {
        share[wi - first] += this.weight(b, k);
      }
    }
    let total = 0;
    for (let i = 0; i < count; i++) if (share[i] > 0) total += share[i];
    // The strongest few, picked one at a time: cheaper than sorting a long message's words.
    const spans: EvidenceSpan[] = [];
    let covered = 0;
    while (spans.length < MAX_EVIDENCE && (spans.length === 0 || covered < total * EVIDENCE_SHARE)) {
      let best = -1;
      for (let i = 0; i < count; i++) if (share[i] > 0 && (best < 0 || share[i] > share[best])) best = i;
      if (best < 0) break;
      covered += share[best];
      share[best] = 0;
      spans.push({ start: words.start[first + best], end: words.end[first + best] });
    }
    return spans;
  }
}

export interface ModelScore {
  probability: Float64Array;
  /** The best window per label, as sentence numbers [from, to). */
  windowFrom: Int32Array;
  windowTo: Int32Array;
}

/** Scratch rows reused between messages (scoring runs on one thread at a time). */
let sumsScratch = new Float64Array(256);
let countsScratch = new Int32Array(64);

function scratchSums(size: number): Float64Array {
  if (sumsScratch.length < size) sumsScratch = new Float64Array(size * 2);
  sumsScratch.fill(0, 0, size);
  return sumsScratch;
}

let shareScratch = new Float64Array(256);

function scratchShare(size: number): Float64Array {
  if (shareScratch.length < size) shareScratch = new Float64Array(size * 2);
  shareScratch.fill(0, 0, size);
  return shareScratch;
}

function scratchCounts(size: number): Int32Array {
  if (countsScratch.length < size) countsScratch = new Int32Array(size * 2);
  countsScratch.fill(0, 0, size);
  return countsScratch;
}

/** Sentences per window in long messages. */
const WINDOW = 3;
const MAX_EVIDENCE = 5;
const EVIDENCE_SHARE = 0.6;

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
