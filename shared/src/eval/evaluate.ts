import * as fs from 'fs';
import * as path from 'path';
import { classifyWith } from '../triage/classify';
import { bundledModel } from '../triage/model';
import {
  contextOf,
  CORPUS_DIR,
  DEFAULT_CORPUS_PATH,
  readCorpora,
  readCorpus,
  type CorpusItem,
} from './corpus';
import { computeMetrics, formatMetrics, type Metrics } from './metrics';
import { evaluateTopics, formatTopicEvaluation } from './topic-evaluation';
import { readTopicCorpora, TOPIC_TEST_DIR } from './topic-corpus';

/**
 * Evaluate the triage engine on labelled corpora:
 *   npm run triage:eval                      the test split (shared/corpus/test) and the dev corpus,
 *                                            then the topics on their test split (shared/corpus/topics/test)
 *   node shared/dist/eval/evaluate.js FILE   one corpus file
 * Options: --rules-only (the rules without the model, to compare), --mistakes (list every difference).
 */
export function evaluateItems(items: readonly CorpusItem[], options: { rulesOnly?: boolean } = {}): Metrics {
  const model = options.rulesOnly ? null : bundledModel();
  return computeMetrics(
    items,
    items.map((item) => classifyWith(item.text, contextOf(item), model)),
  );
}

export const TEST_DIR = path.join(CORPUS_DIR, 'test');

const OPTIONS = ['--rules-only', '--mistakes'];

function main(argv: readonly string[]): number {
  const unknown = argv.filter((a) => a.startsWith('-') && !OPTIONS.includes(a));
  if (unknown.length > 0) {
    process.stderr.write(
      `unknown option ${unknown.join(' ')}\nusage: node shared/dist/eval/evaluate.js [corpus.jsonl …] [--rules-only] [--mistakes]\n` +
        '  without files: the test split (shared/corpus/test) and the dev corpus\n',
    );
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('--'));
  const rulesOnly = argv.includes('--rules-only');
  const sets: { name: string; items: CorpusItem[] }[] = [];
  if (files.length > 0) {
    for (const file of files) {
      if (!fs.existsSync(file)) {
        process.stderr.write(`corpus not found: ${file}\n`);
        return 2;
      }
      sets.push({ name: file, items: readCorpus(path.resolve(file)) });
    }
  } else {
    sets.push({ name: 'test split (shared/corpus/test)', items: readCorpora(TEST_DIR) });
    sets.push({
      name: 'dev corpus (shared/corpus/triage-dev.jsonl)',
      items: readCorpus(DEFAULT_CORPUS_PATH),
    });
  }
  process.stdout.write(`engine: ${rulesOnly ? 'rules only' : 'rules + model'}\n`);
  for (const set of sets) {
    process.stdout.write(`\n== ${set.name}\n`);
    process.stdout.write(
      formatMetrics(evaluateItems(set.items, { rulesOnly }), { mistakes: argv.includes('--mistakes') }) +
        '\n',
    );
  }
  if (files.length === 0) {
    process.stdout.write(`\n== topics: test split (shared/corpus/topics/test)\n`);
    process.stdout.write(formatTopicEvaluation(evaluateTopics(readTopicCorpora(TOPIC_TEST_DIR))) + '\n');
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
