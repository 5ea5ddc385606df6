import type { EvidenceSpan, FlagCode } from '../../contract/triage';
import type { WordTable } from '../tokens';
import { BUCKETS, type FeatureBuffer, type WordEntry } from './features';

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

  /** The weight of label k for a bucket (0 where the bucket has no row). */
  weight(bucket: number, k: number): number {
    const row = this.rowOf[bucket];
    return row < 0 ? 0 : this.weights[row * this.labels.length + k];
  }

  /**
   * The summed weights of one word's own features, per label: a word's unigram and n-grams always come
   * together, so scoring adds one row per word, kept on the word's cache entry, instead of some fifteen
   * scattered ones.
   */
  unitSum(entry: WordEntry): Float32Array {
    if (entry.sumOwner === this && entry.sum) return entry.sum;
    const L = this.labels.length;
    const sum = new Float32Array(L);
    const buckets = entry.buckets;
    for (let i = 0; i < buckets.length; i++) {
      const r = this.rowOf[buckets[i]];
      if (r >= 0) for (let k = 0, row = r * L; k < L; k++) sum[k] += this.weights[row + k];
    }
    entry.sum = sum;
    entry.sumOwner = this;
    return sum;
  }

  /**
   * Probability per label, each from its best window: the whole message, and for messages of more than
   * WINDOW sentences every run of WINDOW consecutive sentences. Context features count in every window.
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
    const sums = scratchSums(rows * L);
    const counts = scratchCounts(rows);
    const contextSums = new Float64Array(L);
    let contextCount = 0;
    for (let u = 0; u < units; u++) {
      const entry = features.units[u];
      const sum = this.unitSum(entry);
      const s = perSentence ? words.sentence[features.unitWord[u]] : 0;
      counts[s] += entry.buckets.length;
      for (let k = 0, at = s * L; k < L; k++) sums[at + k] += sum[k];
    }
    for (let i = 0; i < features.count; i++) {
      const wi = features.word[i];
      const r = rowOf[features.bucket[i]];
      if (wi < 0) {
        contextCount++;
        if (r >= 0) for (let k = 0, row = r * L; k < L; k++) contextSums[k] += w[row + k];
      } else {
        const s = perSentence ? words.sentence[wi] : 0;
        counts[s]++;
        if (r >= 0) for (let k = 0, row = r * L, at = s * L; k < L; k++) sums[at + k] += w[row + k];
      }
    }
    const best = new Float64Array(L).fill(-Infinity);
    const bestFrom = new Int32Array(L);
    const bestTo = new Int32Array(L).fill(sentences);
    const consider = (from: number, to: number, sentenceFrom: number, sentenceTo: number): void => {
      let n = contextCount;
      for (let s = from; s < to; s++) n += counts[s];
      if (n === 0) return;
      const scale = 1 / Math.sqrt(n);
      for (let k = 0; k < L; k++) {
        let total = contextSums[k];
        for (let s = from; s < to; s++) total += sums[s * L + k];
        const logit = total * scale + this.bias[k];
        if (logit > best[k]) {
          best[k] = logit;
          bestFrom[k] = sentenceFrom;
          bestTo[k] = sentenceTo;
        }
      }
    };
    consider(0, rows, 0, sentences);
    if (perSentence) for (let s = 0; s + WINDOW <= sentences; s++) consider(s, s + WINDOW, s, s + WINDOW);
    // Without a word there is nothing to judge: the context alone says nothing about a message.
    const probability = new Float64Array(L);
    if (units > 0) for (let k = 0; k < L; k++) probability[k] = sigmoid(best[k]);
    return { probability, windowFrom: bestFrom, windowTo: bestTo };
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
    const share = new Float64Array(last - first + 1);
    for (let u = 0; u < features.unitCount; u++) {
      const wi = features.unitWord[u];
      if (wi >= first && wi <= last) share[wi - first] += this.unitSum(features.units[u])[k];
    }
    for (let i = 0; i < features.count; i++) {
      const wi = features.word[i];
      if (wi >= first && wi <= last) share[wi - first] += this.weight(features.bucket[i], k);
    }
    let total = 0;
    for (const c of share) if (c > 0) total += c;
    // The strongest few, picked one at a time: cheaper than sorting a long message's words.
    const spans: EvidenceSpan[] = [];
    let covered = 0;
    while (spans.length < MAX_EVIDENCE && (spans.length === 0 || covered < total * EVIDENCE_SHARE)) {
      let best = -1;
      for (let i = 0; i < share.length; i++)
        if (share[i] > 0 && (best < 0 || share[i] > share[best])) best = i;
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
