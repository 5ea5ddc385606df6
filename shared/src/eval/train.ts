import * as fs from 'fs';
import * as path from 'path';
import { FLAG_CODES, type FlagCode } from '../contract/triage';
import { classifyWith, EXPLAINED_MIN_PROBABILITY, explainedAway } from '../triage/classify';
import { analyse } from '../triage/analysis';
import { recycleWords } from '../triage/tokens';
import { collectFeatures, FeatureBuffer } from '../triage/model/features';
import type { LinearModel } from '../triage/model/linear-model';
import { encodeModel, type ModelData } from '../triage/model/model-codec';
import { contextOf, CORPUS_DIR, readCorpora, type CorpusItem } from './corpus';
import { computeMetrics, formatMetrics } from './metrics';
import { loadModel } from '../triage/model';
import { trainTopics } from './train-topics';
import { type Example, EPOCHS, FOLDS, foldOf, foldOrder, MIN_WEIGHT, SEED, train } from './training';

/**
 * `npm run triage:train`: trains the triage model on shared/corpus/train and writes
 * shared/src/triage/model/model-data.ts, then the topic model (train-topics.ts). Deterministic: a fixed
 * seed, a fixed order of files.
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
    const model = train(
      fold.filter((x) => x.fold !== f).map((x) => examples[x.index]),
      MODEL_LABELS,
    );
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

const OPTIONS = ['--cv', '--mistakes', '--topics-only'];

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => !OPTIONS.includes(a));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown option ${unknown.join(' ')}\n` +
        'usage: node shared/dist/eval/train.js [--cv [--mistakes]] [--topics-only]\n' +
        '  --cv: cross-validate on the training corpus (each message judged by a model that did not\n' +
        '        see it) and print the figures instead of writing the model; --mistakes lists them\n' +
        '  --topics-only: the topic model alone (shared/corpus/topics/train)\n',
    );
    return 2;
  }
  if (!argv.includes('--topics-only')) {
    const code = trainTriage(argv);
    if (code !== 0) return code;
  }
  return trainTopics({ crossValidate: argv.includes('--cv') });
}

/** The triage model: flags from shared/corpus/train into model-data.ts. */
function trainTriage(argv: readonly string[]): number {
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
  const model = train(examples, MODEL_LABELS);
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
