import { analyse } from '../triage/analysis';
import { recycleWords } from '../triage/tokens';
import { TopicDetector } from '../triage/topics/topic-detector';
import { bundledTopicModel, topicsOfModel, type TopicModel } from '../triage/topics/topic-model';
import { TOPIC_CODES, topicContextOf, type TopicCorpusItem } from './topic-corpus';
import { computeTopicMetrics, formatTopicComparison, type TopicMetrics } from './topic-metrics';

export interface TopicEvaluation {
  rules: TopicMetrics;
  model: TopicMetrics;
  combined: TopicMetrics;
}

/** Topics found by the phrases alone, the model alone, and both as the product runs them. */
export function evaluateTopics(
  items: readonly TopicCorpusItem[],
  model: TopicModel = bundledTopicModel(),
): TopicEvaluation {
  const detector = new TopicDetector();
  const rules: string[][] = [];
  const learned: string[][] = [];
  const combined: string[][] = [];
  for (const item of items) {
    rules.push(detector.detect(item.text));
    const a = analyse(item.text, topicContextOf(item));
    learned.push(topicsOfModel(model, a).map((topic) => topic.code));
    combined.push(detector.detectIn(a, model).map((topic) => topic.code));
    recycleWords(a.words);
  }
  return {
    rules: computeTopicMetrics(items, rules, TOPIC_CODES),
    model: computeTopicMetrics(items, learned, TOPIC_CODES),
    combined: computeTopicMetrics(items, combined, TOPIC_CODES),
  };
}

export function formatTopicEvaluation(evaluation: TopicEvaluation): string {
  return (
    `messages: ${evaluation.rules.count}\n` +
    formatTopicComparison([
      { name: 'rules', metrics: evaluation.rules },
      { name: 'model', metrics: evaluation.model },
      { name: 'both', metrics: evaluation.combined },
    ])
  );
}
