import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../triage/analysis';
import { collectFeatures, FeatureBuffer } from '../triage/model/features';
import type { LinearModel } from '../triage/model/linear-model';
import { decodeModel, encodeModel } from '../triage/model/model-codec';
import { recycleWords } from '../triage/tokens';
import { detectTopics } from '../triage/topics/topic-detector';
import { asTopicModelData, topicLabelsAsFlags, type TopicModelData } from '../triage/topics/topic-model';
import {
  readTopicCorpora,
  TOPIC_CODES,
  TOPIC_TRAIN_DIR,
  topicContextOf,
  type TopicCorpusItem,
} from './topic-corpus';
import { computeTopicMetrics, formatTopicComparison } from './topic-metrics';
import { type Example, FOLDS, foldOrder, MIN_WEIGHT, SEED, train, type TrainingOptions } from './training';

/**
 * The topic model, trained by `npm run triage:train` after the triage model: logistic regression per
 * built-in topic over the triage model's features, on shared/corpus/topics/train. Five-fold
 * cross-validation on that corpus gives each message a score from a model that did not see it; each topic
 * gets the threshold with the best F-beta of its phrases and the model together (see BETA). The topic test split is
 * never read here.
 */

/** Chosen by five-fold cross-validation on the topic training corpus (macro-F1 of phrases and model). */
const TOPIC_TRAINING: TrainingOptions = { epochs: 12, l2: 0.01 };

export const TOPIC_MODEL_DATA_FILE = path.resolve(__dirname, '../../src/triage/model/topic-model-data.ts');

const LABELS = topicLabelsAsFlags(TOPIC_CODES);
const scratch = new FeatureBuffer();

function toExample(item: TopicCorpusItem): Example {
  const a = analyse(item.text, topicContextOf(item));
  collectFeatures(a, scratch);
  recycleWords(a.words);
  return {
    features: scratch.allBuckets(),
    labels: Uint8Array.from(TOPIC_CODES, (code) => (item.topics.includes(code) ? 1 : 0)),
  };
}

function scoreItem(model: LinearModel, item: TopicCorpusItem): Float64Array {
  const a = analyse(item.text, topicContextOf(item));
  collectFeatures(a, scratch);
  const probability = Float64Array.from(model.score(scratch, a.words).probability);
  recycleWords(a.words);
  return probability;
}

/** Each message's topic probabilities from a model trained on the other folds, quantised as committed. */
function outOfFold(items: readonly TopicCorpusItem[], examples: readonly Example[]): Float64Array[] {
  const fold = foldOrder(items.length);
  const scores = new Array<Float64Array>(items.length);
  for (let f = 0; f < FOLDS; f++) {
    const model = train(
      fold.filter((x) => x.fold !== f).map((x) => examples[x.index]),
      LABELS,
      TOPIC_TRAINING,
    );
    const committed = decodeModel(encodeModel(model, {}, 'cross-validation', MIN_WEIGHT));
    for (const { index } of fold.filter((x) => x.fold === f))
      scores[index] = scoreItem(committed, items[index]);
  }
  return scores;
}

/**
 * Precision weighs a little more than recall in choosing a threshold (F-beta, beta 0.7): a topic the
 * model adds wrongly inflates a report and can raise a spike of its own. In cross-validation on the
 * training corpus this costs about 0.01 macro-F1 against the F1-best thresholds and gains 0.07 precision.
 */
const BETA = 0.7;

function fScore(
  items: readonly TopicCorpusItem[],
  code: string,
  hit: (i: number) => boolean,
  beta: number,
): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  items.forEach((item, i) => {
    const expected = item.topics.includes(code);
    const actual = hit(i);
    if (expected && actual) tp++;
    else if (actual) fp++;
    else if (expected) fn++;
  });
  const b2 = beta * beta;
  return tp === 0 ? 0 : ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp);
}

/** Per topic: the threshold with the best F-beta of phrases or model; none where the model adds nothing. */
function chooseThresholds(
  items: readonly TopicCorpusItem[],
  rules: readonly string[][],
  scores: readonly Float64Array[],
): Record<string, number> {
  const thresholds: Record<string, number> = {};
  TOPIC_CODES.forEach((code, k) => {
    const rulesOnly = fScore(items, code, (i) => rules[i].includes(code), BETA);
    let best = { t: 1, score: -1 };
    for (let step = 99; step >= 10; step--) {
      const t = step / 100;
      const score = fScore(items, code, (i) => rules[i].includes(code) || scores[i][k] >= t, BETA);
      if (score > best.score + 1e-9) best = { t, score };
    }
    if (best.score > rulesOnly + 0.005) thresholds[code] = best.t;
  });
  return thresholds;
}

export function trainTopics(options: { crossValidate: boolean }): number {
  const started = Date.now();
  let items: TopicCorpusItem[];
  try {
    items = readTopicCorpora(TOPIC_TRAIN_DIR);
  } catch (error) {
    process.stderr.write(`topic corpus: ${(error as Error).message}\n`);
    return 2;
  }
  if (items.length === 0) {
    process.stderr.write(`no training messages in ${TOPIC_TRAIN_DIR}\n`);
    return 2;
  }
  process.stdout.write(
    `\ntraining the topic model on ${items.length} messages from ${path.relative(process.cwd(), TOPIC_TRAIN_DIR)}\n`,
  );
  const examples = items.map(toExample);
  const rules = items.map((item) => detectTopics(item.text).filter((code) => TOPIC_CODES.includes(code)));
  const scores = outOfFold(items, examples);
  const thresholds = chooseThresholds(items, rules, scores);
  const model = scores.map((s) => TOPIC_CODES.filter((code, k) => s[k] >= (thresholds[code] ?? Infinity)));
  const combined = rules.map((r, i) =>
    TOPIC_CODES.filter((code) => r.includes(code) || model[i].includes(code)),
  );
  process.stdout.write(
    `== topics cross-validated on the training corpus (${FOLDS} folds); thresholds ${JSON.stringify(thresholds)}\n` +
      formatTopicComparison([
        { name: 'rules', metrics: computeTopicMetrics(items, rules, TOPIC_CODES) },
        { name: 'model', metrics: computeTopicMetrics(items, model, TOPIC_CODES) },
        { name: 'both', metrics: computeTopicMetrics(items, combined, TOPIC_CODES) },
      ]) +
      '\n',
  );
  if (options.crossValidate) return 0;
  const data = asTopicModelData(
    encodeModel(
      train(examples, LABELS, TOPIC_TRAINING),
      {},
      `npm run triage:train: ${items.length} messages of shared/corpus/topics/train, seed ${SEED}, ` +
        `${TOPIC_TRAINING.epochs} epochs`,
      MIN_WEIGHT,
    ),
  );
  writeTopicModelData({ ...data, thresholds });
  process.stdout.write(
    `wrote ${path.relative(process.cwd(), TOPIC_MODEL_DATA_FILE)}: ${data.rows} weighted buckets, ` +
      `${(data.packed.length / 1024).toFixed(0)} kB packed, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
  return 0;
}

function writeTopicModelData(data: TopicModelData): void {
  const { packed, ...header } = data;
  const source =
    `// Generated by \`npm run triage:train\` (shared/src/eval/train-topics.ts). Do not edit: retrain instead.\n` +
    `import type { TopicModelData } from '../topics/topic-model';\n\n` +
    `export const TOPIC_MODEL_DATA: TopicModelData = {\n` +
    Object.entries(header)
      .map(([key, value]) => `  ${key}: ${JSON.stringify(value)},\n`)
      .join('') +
    `  packed:\n    '${packed}',\n};\n`;
  fs.writeFileSync(TOPIC_MODEL_DATA_FILE, source);
}
