import { normalize } from '../normalize';
import { DEFAULT_TOPICS, type TopicDefinition } from './topic-list';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
const WORD = /^[\p{L}\p{N}]+\*?$/u;
const MAX_PHRASES = 200;

/** What is wrong with a topic definition, in plain words; null when it is fine. */
export function topicDefinitionProblem(topic: TopicDefinition): string | null {
  if (!CODE.test(topic.code))
    return 'a code is 2 to 40 lower-case letters, digits or _, starting with a letter';
  if (!topic.labels.nl.trim() || !topic.labels.en.trim()) return 'a topic needs a Dutch and an English label';
  if (topic.phrases.length === 0 || topic.phrases.length > MAX_PHRASES) {
    return `a topic needs 1 to ${MAX_PHRASES} phrases`;
  }
  for (const phrase of topic.phrases) {
    const words = phrase.trim().split(/\s+/);
    if (words.length > 5 || words.some((word) => !WORD.test(word) || word.replace('*', '').length < 2)) {
      return 'a phrase is 1 to 5 words of letters or digits (at least 2 each), a word may end in *';
    }
  }
  return null;
}

/** Same folding as the triage engine: lower case, accents removed. */
const fold = (text: string): string => normalize(text).text;

function phrasePattern(phrase: string): string {
  return fold(phrase.trim())
    .split(/\s+/)
    .map((word) => {
      const prefix = word.endsWith('*');
      const stem = (prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return prefix ? `${stem}[\\p{L}\\p{N}]*` : stem;
    })
    .join('[\\s\\-]+');
}

interface CompiledTopic {
  code: string;
  pattern: RegExp;
}

/**
 * Finds the topics of a message: one compiled expression per topic over the folded text, so a message
 * costs a few microseconds per topic. Deterministic, no network, the same in the API and the console.
 */
export class TopicDetector {
  private readonly compiled: CompiledTopic[];

  constructor(readonly topics: readonly TopicDefinition[] = DEFAULT_TOPICS) {
    this.compiled = topics.map((topic) => ({
      code: topic.code,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${topic.phrases.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`,
        'u',
      ),
    }));
  }

  /** The codes of the topics the text is about, in the order of the topic list. */
  detect(text: string): string[] {
    if (!text) return [];
    const folded = fold(text);
    const found: string[] = [];
    for (const topic of this.compiled) if (topic.pattern.test(folded)) found.push(topic.code);
    return found;
  }
}

const defaultDetector = new TopicDetector();

/** Topics of a message from the default list. */
export function detectTopics(text: string): string[] {
  return defaultDetector.detect(text);
}

/** The default list with the organisation's own topics after it (an own topic with a default code replaces it). */
export function mergeTopics(own: readonly TopicDefinition[]): TopicDefinition[] {
  const codes = new Set(own.map((topic) => topic.code));
  return [...DEFAULT_TOPICS.filter((topic) => !codes.has(topic.code)), ...own];
}
