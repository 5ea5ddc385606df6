import { classify } from '../triage/classify';
import { classifyWithTopics, detectTopics, TopicDetector, topicsOf } from '../triage/topics';
import { CORPUS_DIR, DEFAULT_CORPUS_PATH, readCorpora, readCorpus } from '../eval/corpus';

/**
 * Topic detection next to triage, measured in the same run on the same texts (CPU time of this one
 * process): what topics add to each message's classification — the phrases alone, and phrases and model
 * from the triage's own analysis as inbound messages get them — and the worst case on a 1 MB message.
 *   node shared/dist/bench/topics-bench.js
 */
function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function throughput(inputs: readonly string[], fn: (text: string) => unknown, ms: number): number {
  let count = 0;
  let sink = 0;
  const start = cpuMicros();
  let elapsed = 0;
  do {
    for (const text of inputs) {
      if (fn(text)) sink++;
      count++;
    }
    elapsed = cpuMicros() - start;
  } while (elapsed < ms * 1000);
  if (sink < 0) throw new Error('unreachable');
  return count / (elapsed / 1e6);
}

function medianMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((x, y) => x - y);
  return times[times.length >> 1];
}

function main(): void {
  const texts = [...readCorpus(DEFAULT_CORPUS_PATH), ...readCorpora(`${CORPUS_DIR}/train`)].map(
    (i) => i.text,
  );
  const context = { channel: 'facebook_comment', visibility: 'public' } as const;
  const triage = (text: string) => classify(text, context);
  throughput(texts, triage, 200);
  const detector = new TopicDetector();
  const both = (text: string) => classifyWithTopics(text, context, detector);
  throughput(texts, detectTopics, 100);
  throughput(texts, both, 200);
  const triagePerS = throughput(texts, triage, 2000);
  const topicsPerS = throughput(texts, detectTopics, 1000);
  const bothPerS = throughput(texts, both, 2000);
  const share = 1 / topicsPerS / (1 / triagePerS + 1 / topicsPerS);
  const modelShare = (1 / bothPerS - 1 / triagePerS) / (1 / bothPerS);
  const chunk = 'Wachtlijstwachtlijst bezoekbezoek ~~ 0800-0113 ((( aaaaaaaaaaaaaaaaaaaa '.repeat(20);
  const hostile = chunk.repeat(Math.ceil(1_000_000 / chunk.length)).slice(0, 1_000_000);
  const rows: [string, number, string][] = [
    [`corpus (${texts.length} messages) msg/s (triage)`, triagePerS, 'msg/s'],
    [`corpus msg/s (topics)`, topicsPerS, 'msg/s'],
    ['topics share of triage + topics time', share, ''],
    ['corpus msg/s (triage + topics, phrases and model)', bothPerS, 'msg/s'],
    ['topics share with the model (one analysis)', modelShare, ''],
    ['1 MB hostile message: median ms (topics)', medianMs(() => detectTopics(hostile), 5), 'ms'],
    [
      '1 MB hostile message: median ms (topics + model)',
      medianMs(() => topicsOf(hostile, context, detector), 3),
      'ms',
    ],
  ];
  for (const [name, value, unit] of rows) {
    const v = value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toFixed(4);
    process.stdout.write(`${name.padEnd(50)} ${v.padStart(12)} ${unit}\n`);
  }
}

if (require.main === module) main();
