import * as fs from 'fs';
import * as path from 'path';
import { classify } from '../triage';
import { contextOf, DEFAULT_CORPUS_PATH, readCorpus, type CorpusItem } from './corpus';
import { computeMetrics, formatMetrics, type Metrics } from './metrics';

/**
 * Evaluate the triage engine on a labelled corpus:
 *   node shared/dist/eval/evaluate.js [corpus.jsonl] [--mistakes]
 * Prints precision/recall/F1 per flag, switch accuracy and the priority confusion matrix.
 */
export function evaluateItems(items: readonly CorpusItem[]): Metrics {
  return computeMetrics(
    items,
    items.map((item) => classify(item.text, contextOf(item))),
  );
}

export function evaluateFile(file: string): Metrics {
  return evaluateItems(readCorpus(file));
}

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => !a.startsWith('--'));
  const file = args[0] ? path.resolve(args[0]) : DEFAULT_CORPUS_PATH;
  if (!fs.existsSync(file)) {
    process.stderr.write(`corpus not found: ${file}\n`);
    return 2;
  }
  const metrics = evaluateFile(file);
  process.stdout.write(`corpus: ${file}\n`);
  process.stdout.write(formatMetrics(metrics, { mistakes: argv.includes('--mistakes') }) + '\n');
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
