import type { TriageContext, TriageResult } from '../../contract/triage';
import { analyse } from '../analysis';
import { classifyWith } from '../classify';
import { bundledModel } from '../model';
import { recycleWords } from '../tokens';
import type { TopicMatch, TopicDetector } from './topic-detector';
import { bundledTopicModel } from './topic-model';

export interface TriageWithTopics {
  triage: TriageResult;
  topics: TopicMatch[];
}

/**
 * Triage and topics of one inbound message from one analysis: the text is read once, its features
 * computed once for the triage model and the topic model.
 */
export function classifyWithTopics(
  text: string,
  context: TriageContext,
  detector: TopicDetector,
): TriageWithTopics {
  let topics: TopicMatch[] = [];
  const topicModel = bundledTopicModel();
  const triage = classifyWith(text, context, bundledModel(), (a) => {
    topics = detector.detectIn(a, topicModel);
  });
  return { triage, topics };
}

/** Topics of one message on their own (phrases, and the model for the built-in topics). */
export function topicsOf(text: string, context: TriageContext, detector: TopicDetector): TopicMatch[] {
  const a = analyse(typeof text === 'string' ? text : '', context);
  const topics = detector.detectIn(a, bundledTopicModel());
  recycleWords(a.words);
  return topics;
}
