import type { TopicCorpusItem } from './topic-corpus';

export interface TopicScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface TopicMetrics {
  count: number;
  perTopic: TopicScore[];
  /** F1 averaged over the topics, each counting the same. */
  macroF1: number;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Precision, recall and F1 per topic of the codes given, from each message's labelled and found topics. */
export function computeTopicMetrics(
  items: readonly TopicCorpusItem[],
  found: readonly (readonly string[])[],
  codes: readonly string[],
): TopicMetrics {
  if (items.length !== found.length) throw new Error('items and results differ in length');
  const perTopic = codes.map((code): TopicScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    items.forEach((item, i) => {
      const expected = item.topics.includes(code);
      const actual = found[i].includes(code);
      if (expected && actual) tp++;
      else if (actual) fp++;
      else if (expected) fn++;
    });
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { code, tp, fp, fn, precision, recall, f1 };
  });
  const macroF1 = perTopic.reduce((sum, t) => sum + t.f1, 0) / Math.max(1, perTopic.length);
  return { count: items.length, perTopic, macroF1 };
}

/** Per topic P/R/F1 side by side for several ways of finding topics (rules, model, combined). */
export function formatTopicComparison(columns: readonly { name: string; metrics: TopicMetrics }[]): string {
  const f = (x: number) => x.toFixed(3);
  const head =
    'topic'.padEnd(16) + columns.map((c) => `${c.name.padEnd(7)}  P     R     F1   `.padEnd(26)).join('');
  const lines = [head];
  const codes = columns[0]?.metrics.perTopic.map((t) => t.code) ?? [];
  codes.forEach((code, i) => {
    lines.push(
      code.padEnd(16) +
        columns
          .map((c) => {
            const t = c.metrics.perTopic[i];
            return `         ${f(t.precision)} ${f(t.recall)} ${f(t.f1)}`.padEnd(26);
          })
          .join(''),
    );
  });
  lines.push(
    'macro-F1'.padEnd(16) + columns.map((c) => `${c.name}: ${f(c.metrics.macroF1)}`.padEnd(26)).join(''),
  );
  return lines.join('\n');
}
