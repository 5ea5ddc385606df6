import { classifyWith } from '../triage/classify';
import type { TriageContext } from '../contract/triage';
import { loadModel } from '../triage/model';
import { MODEL_DATA } from '../triage/model/model-data';
import { contextOf, CORPUS_DIR, DEFAULT_CORPUS_PATH, readCorpora, readCorpus } from '../eval/corpus';
import { formatResult, medianMs, throughput, type BenchResult } from './measure';

/**
 * Triage throughput on one core, next to a baseline measured in the same run: a plain lower-case
 * `includes` scan for a handful of words over the same texts. Ratios are engine time / baseline time,
 * so they stay comparable between machines. Throughput is counted per CPU-second of this process (one
 * core), so other work on the machine does not lower it. The engine is measured whole (rules + learned model) and,
 * for comparison, with the rules alone; the model's load time and memory are measured first, cold.
 *   node --expose-gc shared/dist/bench/triage-bench.js
 */
const BASELINE_WORDS = ['zelfmoord', 'dood', 'bsn', 'klacht', 'journalist', 'kanker', 'slaat', 'bellen'];

function baseline(text: string): number {
  const lower = text.toLowerCase();
  let n = 0;
  for (const w of BASELINE_WORDS) if (lower.includes(w)) n++;
  return n;
}

function longMessage(size: number): string {
  const parts = [
    'Goedemiddag, ik wacht al drie weken op de uitslag van mijn MRI en niemand belt terug. ',
    'Mijn moeder ligt op afdeling B3 met een longontsteking, mogen we op bezoek? ',
    'Bel me op 06-12345678 of mail naar iemand@example.nl. Bestelnummer 532650201. ',
    'Ik ga dood van het lachen om jullie filmpje, top gedaan! ',
  ];
  let out = '';
  let i = 0;
  while (out.length < size) out += parts[i++ % parts.length];
  return out.slice(0, size);
}

export async function runTriageBench(options: { ms?: number } = {}): Promise<BenchResult[]> {
  const ms = options.ms ?? 2000;
  // The labelled messages: realistic lengths and voices, every channel.
  const items = [...readCorpus(DEFAULT_CORPUS_PATH), ...readCorpora(`${CORPUS_DIR}/train`)];
  const contexts = new Map<string, TriageContext>();
  const texts = items.map((i) => i.text);
  items.forEach((i) => contexts.set(i.text, contextOf(i)));
  const publicContext: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
  const results: BenchResult[] = [];

  // The model, cold: decode time and the memory it keeps.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const loadStart = process.hrtime.bigint();
  const model = loadModel(MODEL_DATA);
  results.push({
    name: 'model load (decode)',
    value: Number(process.hrtime.bigint() - loadStart) / 1e6,
    unit: 'ms',
  });
  gc?.();
  const after = process.memoryUsage();
  const kept = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
  results.push({
    name: `model memory${gc ? '' : ' (no --expose-gc: rough)'}`,
    value: kept / (1 << 20),
    unit: 'MB',
  });

  const engine = (text: string): unknown => classifyWith(text, contexts.get(text) ?? publicContext, model);
  const rulesOnly = (text: string): unknown => classifyWith(text, contexts.get(text) ?? publicContext, null);

  // Warm up the JIT and the lexicon index.
  throughput(texts, engine, 200);
  throughput(texts, rulesOnly, 100);
  throughput(texts, baseline, 100);

  const corpusEngine = throughput(texts, engine, ms);
  const corpusRules = throughput(texts, rulesOnly, ms / 2);
  const corpusBase = throughput(texts, baseline, ms / 4);
  const label = `corpus (${texts.length} labelled messages)`;
  results.push({ name: `${label} msg/s (rules + model)`, value: corpusEngine, unit: 'msg/s' });
  results.push({ name: `${label} msg/s (rules only)`, value: corpusRules, unit: 'msg/s' });
  results.push({ name: `${label} msg/s (baseline includes-scan)`, value: corpusBase, unit: 'msg/s' });
  results.push({
    name: 'corpus: model share of engine time',
    value: 1 - corpusEngine / corpusRules,
    unit: '',
  });
  results.push({ name: 'corpus slowdown vs baseline', value: corpusBase / corpusEngine, unit: 'x' });

  const hostileChunk = 'aaaa@@..@.@ 1234567890 0800-0113 NL91ABNA 9711 zelfmoor ik wil ni ~~~ ((( ';
  const hostile = hostileChunk.repeat(Math.ceil(1_000_000 / hostileChunk.length)).slice(0, 1_000_000);
  for (const [label, text, budget] of [
    ['10 kB', longMessage(10_000), ms / 2],
    ['1 MB', longMessage(1_000_000), ms],
    ['1 MB hostile', hostile, ms / 2],
  ] as const) {
    // Median of repeated single runs: robust against other work on the machine.
    const e = medianMs(() => engine(text), budget);
    const b = medianMs(() => baseline(text), budget / 4);
    results.push({ name: `${label} message: median ms (triage)`, value: e, unit: 'ms' });
    results.push({ name: `${label} message: median ms (baseline)`, value: b, unit: 'ms' });
    results.push({ name: `${label} slowdown vs baseline`, value: e / b, unit: 'x' });
  }
  return results;
}

if (require.main === module) {
  runTriageBench()
    .then((results) => {
      for (const r of results) process.stdout.write(formatResult(r) + '\n');
    })
    .catch((err: unknown) => {
      process.stderr.write(String(err) + '\n');
      process.exitCode = 1;
    });
}
