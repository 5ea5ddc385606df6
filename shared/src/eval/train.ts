import * as fs from 'fs';
import * as path from 'path';
import { FLAG_CODES, type FlagCode } from '../contract/triage';
import { classifyWith, EXPLAINED_MIN_PROBABILITY, explainedAway } from '../triage/classify';
import { analyse } from '../triage/analysis';
import { recycleWords } from '../triage/tokens';
import { BUCKETS, collectFeatures, FeatureBuffer } from '../triage/model/features';
import { LinearModel, sigmoid } from '../triage/model/linear-model';
import { encodeModel, type ModelData } from '../triage/model/model-codec';
import { contextOf, CORPUS_DIR, readCorpora, type CorpusItem } from './corpus';
import { computeMetrics, formatMetrics } from './metrics';
import { loadModel } from '../triage/model';

/**
 * `npm run triage:train`: trains the triage model on shared/corpus/train and writes
 * shared/src/triage/model/model-data.ts. Deterministic: a fixed seed, a fixed order of files.
 *
 * 1. Logistic regression per flag over hashed features (AdaGrad, a few epochs).
 * 2. Five-fold cross-validation on the training corpus gives each message a score from a model that did
 *    not see it; from those scores, next to what the rules say, each flag gets the threshold at which the
 *    model raises it on its own:
 *    - crisis and safeguarding (recall first): the lowest threshold whose false alarms on messages without
 *      any flag stay within MAX_FALSE_ALARMS;
 *    - the other flags: the threshold with the best F1 of rules and model together, only where that
 *      beats the rules alone.
 * The test split (shared/corpus/test) is never read here.
 */

/** The flags the model learns: all but identifiers, which the checksum-validating detectors own. */
export const MODEL_LABELS: readonly FlagCode[] = FLAG_CODES.filter((code) => code !== 'pii_public');
const RECALL_FIRST: ReadonlySet<FlagCode> = new Set(['crisis', 'safeguarding']);
const MAX_FALSE_ALARMS = 0.04;
const SEED = 20261201;
const EPOCHS = 12;
const LEARNING_RATE = 0.4;
/**
 * L2 penalty on the weights an example touches. Without it the weights of a separable corpus grow
 * without bound and the bias drifts to any value, so a message of words never seen scores whatever the
 * bias says; with it, unseen words are neutral and the bias carries the prior (0.01: best of 0, 0.003,
 * 0.01, 0.03 and 0.1 in five-fold cross-validation on the training corpus).
 */
const L2 = 0.01;
const FOLDS = 5;
/** Weights smaller than this are left out of the committed model. */
const MIN_WEIGHT = 0.02;

interface Example {
  features: Int32Array;
  labels: Uint8Array;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const scratch = new FeatureBuffer();

function toExample(item: CorpusItem): Example {
  const a = analyse(item.text, contextOf(item));
  collectFeatures(a, scratch);
  recycleWords(a.words);
  return {
    features: scratch.allBuckets(),
    labels: Uint8Array.from(MODEL_LABELS, (code) => (item.flags.includes(code) ? 1 : 0)),
  };
}

export function train(examples: readonly Example[], seed = SEED): LinearModel {
  const L = MODEL_LABELS.length;
  const model = new LinearModel(MODEL_LABELS);
  const g2 = new Float32Array(BUCKETS * L);
  const biasG2 = new Float64Array(L);
  // Rare flags weigh more, so the model does not learn to say "no" to everything.
  const positives = MODEL_LABELS.map((_, k) => examples.filter((e) => e.labels[k] === 1).length);
  const positiveWeight = positives.map((p) => Math.min(4, Math.sqrt((examples.length - p) / Math.max(1, p))));
  const random = mulberry32(seed);
  const grad = new Float64Array(L);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
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
          const g = grad[k] * scale + L2 * model.weights[row + k];
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
function foldOrder(count: number): { index: number; fold: number }[] {
  return shuffled(
    Array.from({ length: count }, (_, i) => i),
    mulberry32(SEED + 1),
  ).map((index, position) => ({ index, fold: position % FOLDS }));
}

/** foldOf[i]: the fold of message i. */
function foldOf(count: number): Int32Array {
  const folds = new Int32Array(count);
  for (const { index, fold } of foldOrder(count)) folds[index] = fold;
  return folds;
}

/**
 * Each message's probabilities from a model trained on the other folds, scored as at run time; and
 * those models (models[f] never saw fold f).
 */
function outOfFold(
  items: readonly CorpusItem[],
  examples: readonly Example[],
): { scores: Float64Array[]; models: LinearModel[] } {
  const fold = foldOrder(items.length);
  const scores: Float64Array[] = new Array<Float64Array>(items.length);
  const models: LinearModel[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const model = train(fold.filter((x) => x.fold !== f).map((x) => examples[x.index]));
    models.push(model);
    for (const { index } of fold.filter((x) => x.fold === f)) {
      const item = items[index];
      const a = analyse(item.text, contextOf(item));
      collectFeatures(a, scratch);
      scores[index] = Float64Array.from(model.score(scratch, a.words).probability);
      recycleWords(a.words);
    }
  }
  return { scores, models };
}

interface Choice {
  threshold: number | undefined;
  summary: string;
}

function chooseThreshold(
  code: FlagCode,
  k: number,
  items: readonly CorpusItem[],
  rules: readonly Set<FlagCode>[],
  scores: readonly Float64Array[],
  explained: readonly boolean[],
): Choice {
  // As at run time: where the rules explain warning words away, the model needs more than even odds.
  const floor = (i: number) => (RECALL_FIRST.has(code) && explained[i] ? EXPLAINED_MIN_PROBABILITY : 0);
  const rate = (hit: (i: number) => boolean) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let falseAlarms = 0;
    let unflagged = 0;
    items.forEach((item, i) => {
      const expected = item.flags.includes(code);
      const actual = hit(i);
      if (expected && actual) tp++;
      else if (actual) fp++;
      else if (expected) fn++;
      if (item.flags.length === 0) {
        unflagged++;
        if (actual) falseAlarms++;
      }
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { precision, recall, f1, falseAlarm: unflagged === 0 ? 0 : falseAlarms / unflagged };
  };
  const fmt = (r: ReturnType<typeof rate>) =>
    `P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)} F1 ${r.f1.toFixed(2)} FA ${r.falseAlarm.toFixed(3)}`;
  const rulesOnly = rate((i) => rules[i].has(code));
  let best: { t: number; r: ReturnType<typeof rate> } | null = null;
  for (let t = 0.99; t >= 0.1 - 1e-9; t -= 0.01) {
    const r = rate((i) => rules[i].has(code) || (scores[i][k] >= t && scores[i][k] >= floor(i)));
    if (RECALL_FIRST.has(code)) {
      if (r.falseAlarm > MAX_FALSE_ALARMS) continue;
      if (!best || r.recall > best.r.recall + 1e-9) best = { t, r };
    } else if (!best || r.f1 > best.r.f1 + 1e-9) {
      best = { t, r };
    }
  }
  if (!best || (!RECALL_FIRST.has(code) && best.r.f1 <= rulesOnly.f1 + 0.005)) {
    return { threshold: undefined, summary: `rules ${fmt(rulesOnly)} (model adds nothing)` };
  }
  const t = Math.round(best.t * 100) / 100;
  return { threshold: t, summary: `rules ${fmt(rulesOnly)} → with model ≥ ${t.toFixed(2)}: ${fmt(best.r)}` };
}

export const TRAIN_DIR = path.join(CORPUS_DIR, 'train');
export const MODEL_DATA_FILE = path.resolve(__dirname, '../../src/triage/model/model-data.ts');

const OPTIONS = ['--cv', '--mistakes'];

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => !OPTIONS.includes(a));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown option ${unknown.join(' ')}\nusage: node shared/dist/eval/train.js [--cv [--mistakes]]\n` +
        '  --cv: cross-validate on the training corpus (each message judged by a model that did not\n' +
        '        see it) and print the figures instead of writing the model; --mistakes lists them\n',
    );
    return 2;
  }
  const crossValidate = argv.includes('--cv');
  const started = Date.now();
  const items = readCorpora(TRAIN_DIR);
  if (items.length === 0) {
    process.stderr.write(`no training messages in ${TRAIN_DIR}\n`);
    return 2;
  }
  const examples = items.map(toExample);
  process.stdout.write(
    `training on ${items.length} messages from ${path.relative(process.cwd(), TRAIN_DIR)}\n`,
  );
  const rules = items.map(
    (item) => new Set(classifyWith(item.text, contextOf(item), null).flags.map((f) => f.code)),
  );
  const explained = items.map((item) => {
    const a = analyse(item.text, contextOf(item));
    const result = explainedAway(a);
    recycleWords(a.words);
    return result;
  });
  const { scores, models } = outOfFold(items, examples);
  const thresholds: Partial<Record<FlagCode, number>> = {};
  MODEL_LABELS.forEach((code, k) => {
    const choice = chooseThreshold(code, k, items, rules, scores, explained);
    if (choice.threshold !== undefined) thresholds[code] = choice.threshold;
    process.stdout.write(`  ${code.padEnd(23)} ${choice.summary}\n`);
  });
  if (crossValidate) {
    // As committed: each fold's model quantised the same way, with the thresholds chosen above.
    const folds = foldOf(items.length);
    const triage = models.map((m) => loadModel(encodeModel(m, thresholds, 'cross-validation', MIN_WEIGHT)));
    const results = items.map((item, i) => classifyWith(item.text, contextOf(item), triage[folds[i]]));
    process.stdout.write(
      `\n== cross-validated on the training corpus (${FOLDS} folds)\n` +
        formatMetrics(computeMetrics(items, results), { mistakes: argv.includes('--mistakes') }) +
        '\n',
    );
    return 0;
  }
  const model = train(examples);
  const data = encodeModel(
    model,
    thresholds,
    `npm run triage:train: ${items.length} messages of shared/corpus/train, seed ${SEED}, ${EPOCHS} epochs`,
    MIN_WEIGHT,
  );
  writeModelData(data);
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), MODEL_DATA_FILE)}: ${data.rows} weighted buckets, ` +
      `${(data.packed.length / 1024).toFixed(0)} kB packed, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

function writeModelData(data: ModelData): void {
  const { packed, ...header } = data;
  const source =
    `// Generated by \`npm run triage:train\` (shared/src/eval/train.ts). Do not edit: retrain instead.\n` +
    `import type { ModelData } from './model-codec';\n\n` +
    `export const MODEL_DATA: ModelData = {\n` +
    Object.entries(header)
      .map(([key, value]) => `  ${key}: ${JSON.stringify(value)},\n`)
      .join('') +
    `  packed:\n    '${packed}',\n};\n`;
  fs.writeFileSync(MODEL_DATA_FILE, source);
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
