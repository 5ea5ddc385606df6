import { BUCKETS } from '../triage/model/features';
import { LinearModel, sigmoid, type ModelLabel } from '../triage/model/linear-model';

/**
 * Training of the learned classifiers (the triage flags and the topics): logistic regression per label
 * over hashed features, AdaGrad, a fixed seed and a fixed order, so every run gives the same model.
 */

export const SEED = 20261201;
export const EPOCHS = 12;
const LEARNING_RATE = 0.4;
/**
 * L2 penalty on the weights an example touches. Without it the weights of a separable corpus grow
 * without bound and the bias drifts to any value, so a message of words never seen scores whatever the
 * bias says; with it, unseen words are neutral and the bias carries the prior (0.01: best of 0, 0.003,
 * 0.01, 0.03 and 0.1 in five-fold cross-validation on the training corpus).
 */
export const L2 = 0.01;
export const FOLDS = 5;
/** Weights smaller than this are left out of the committed model. */
export const MIN_WEIGHT = 0.02;

/** One training message: its feature buckets (units expanded) and a 0/1 per label. */
export interface Example {
  features: Int32Array;
  labels: Uint8Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface TrainingOptions {
  seed?: number;
  epochs?: number;
  l2?: number;
}

export function train(
  examples: readonly Example[],
  labels: readonly ModelLabel[],
  { seed = SEED, epochs = EPOCHS, l2 = L2 }: TrainingOptions = {},
): LinearModel {
  const L = labels.length;
  const model = new LinearModel(labels);
  const g2 = new Float32Array(BUCKETS * L);
  const biasG2 = new Float64Array(L);
  // Rare labels weigh more, so the model does not learn to say "no" to everything.
  const positives = labels.map((_, k) => examples.filter((e) => e.labels[k] === 1).length);
  const positiveWeight = positives.map((p) => Math.min(4, Math.sqrt((examples.length - p) / Math.max(1, p))));
  const random = mulberry32(seed);
  const grad = new Float64Array(L);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of shuffled(examples, random)) {
      const n = example.features.length;
      const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
      for (let k = 0; k < L; k++) grad[k] = 0;
      for (let i = 0; i < n; i++) {
        const row = example.features[i] * L;
        for (let k = 0; k < L; k++) grad[k] += model.weights[row + k];
      }
      for (let k = 0; k < L; k++) {
        const y = example.labels[k];
        const p = sigmoid(grad[k] * scale + model.bias[k]);
        grad[k] = (p - y) * (y === 1 ? positiveWeight[k] : 1);
        biasG2[k] += grad[k] * grad[k];
        model.bias[k] -= (LEARNING_RATE * grad[k]) / Math.sqrt(biasG2[k] + 1e-8);
      }
      for (let i = 0; i < n; i++) {
        const row = example.features[i] * L;
        for (let k = 0; k < L; k++) {
          const g = grad[k] * scale + l2 * model.weights[row + k];
          if (g === 0) continue;
          g2[row + k] += g * g;
          model.weights[row + k] -= (LEARNING_RATE * g) / Math.sqrt(g2[row + k] + 1e-8);
        }
      }
    }
  }
  return model;
}

/** The messages in a fixed shuffled order, each with its fold (0 … FOLDS-1): the same for every run. */
export function foldOrder(count: number): { index: number; fold: number }[] {
  return shuffled(
    Array.from({ length: count }, (_, i) => i),
    mulberry32(SEED + 1),
  ).map((index, position) => ({ index, fold: position % FOLDS }));
}

/** foldOf[i]: the fold of message i. */
export function foldOf(count: number): Int32Array {
  const folds = new Int32Array(count);
  for (const { index, fold } of foldOrder(count)) folds[index] = fold;
  return folds;
}
