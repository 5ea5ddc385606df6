import { classify } from '../triage/classify';
import { classifyWithTopics, detectTopics, TopicDetector, topicsOf } from '../triage/topics';
import { CORPUS_DIR, DEFAULT_CORPUS_PATH, readCorpora, readCorpus } from '../eval/corpus';
import { formatResult, medianMs, throughput, type BenchResult } from './measure';

/**
 * Topic detection next to triage, measured in the same run on the same texts (CPU time of this one
 * process): what topics add to each message's classification — the phrases alone, and phrases and model
 * from the triage's own analysis as inbound messages get them — and the worst case on a 1 MB message.
 *   node shared/dist/bench/topics-bench.js
 */
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
  const results: BenchResult[] = [
    { name: `corpus (${texts.length} messages) msg/s (triage)`, value: triagePerS, unit: 'msg/s' },
    { name: 'corpus msg/s (topics)', value: topicsPerS, unit: 'msg/s' },
    { name: 'topics share of triage + topics time', value: share, unit: '' },
    { name: 'corpus msg/s (triage + topics, phrases and model)', value: bothPerS, unit: 'msg/s' },
    { name: 'topics share with the model (one analysis)', value: modelShare, unit: '' },
    {
      name: '1 MB hostile message: median ms (topics)',
      value: medianMs(() => detectTopics(hostile), 0),
      unit: 'ms',
    },
    {
      name: '1 MB hostile message: median ms (topics + model)',
      value: medianMs(() => topicsOf(hostile, context, detector), 0),
      unit: 'ms',
    },
  ];
  for (const r of results) process.stdout.write(formatResult(r) + '\n');
}

if (require.main === module) main();
