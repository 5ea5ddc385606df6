import type { EvidenceSpan } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { DEFAULT_TOPICS, type TopicDefinition } from './topic-list';
import { topicsOfModel, type TopicModel } from './topic-model';

/** A topic of a message. A topic only the model found carries its confidence and the words behind it. */
export interface TopicMatch {
  code: string;
  /** The model's probability, when no phrase of the topic matched. */
  confidence?: number;
  evidence?: EvidenceSpan[];
}

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

const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case with accents removed (é → e), like the triage engine's normalisation but without the
 * offsets that evidence needs: topics need no evidence, and this is most of their cost.
 */
const fold = (text: string): string => {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
};

function phrasePattern(phrase: string): string {
  return fold(phrase.trim())
    .split(/\s+/)
    .map((word) => {
      const prefix = word.endsWith('*');
      const stem = (prefix ? word.slice(0, -1) : word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return prefix ? `${stem}${WORD_CHAR}*` : stem;
    })
    .join('[\\s\\-]+');
}

/** A letter or digit after folding (accents are gone; other scripts stay as they are). */
const WORD_CHAR = '[a-z0-9\\u00aa-\\uffff]';

/**
 * Finds the topics of a message: every topic's phrases in one compiled expression, one capture group per
 * topic, run once over the folded text; a topic found is left out of the rest of the scan. Deterministic,
 * no network, the same in the API and the console.
 */
export class TopicDetector {
  private readonly codes: string[];
  private readonly pattern: RegExp | null;
  /** Built-in topics as the product defines them: the model learned these, and only these. */
  private readonly learned: ReadonlySet<string>;

  constructor(readonly topics: readonly TopicDefinition[] = DEFAULT_TOPICS) {
    this.codes = topics.map((topic) => topic.code);
    this.learned = new Set(
      topics.filter((topic) => DEFAULT_TOPICS.includes(topic)).map((topic) => topic.code),
    );
    const groups = topics.map((topic) => `(${topic.phrases.map(phrasePattern).join('|')})`);
    this.pattern =
      groups.length > 0 ? new RegExp(`(?<!${WORD_CHAR})(?:${groups.join('|')})(?!${WORD_CHAR})`, 'g') : null;
  }

  /** The codes of the topics the text is about, in the order of the topic list. */
  detect(text: string): string[] {
    if (!text || !this.pattern) return [];
    const folded = fold(text);
    const found = new Array<boolean>(this.codes.length).fill(false);
    let left = this.codes.length;
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(folded); match && left > 0; match = pattern.exec(folded)) {
      for (let group = 1; group < match.length; group++) {
        if (match[group] !== undefined && !found[group - 1]) {
          found[group - 1] = true;
          left--;
        }
      }
    }
    return this.codes.filter((_, i) => found[i]);
  }

  /**
   * The topics of an analysed message: a topic is raised when one of its phrases matches or, for a
   * built-in topic, when the model finds it (then with its confidence and evidence). An own topic, or a
   * built-in one the organisation redefined, is phrase-based only. In the order of the topic list.
   */
  detectIn(a: Analysis, model: TopicModel | null): TopicMatch[] {
    const phrases = new Set(this.detect(a.text));
    const learned = new Map<string, TopicMatch>();
    if (model) {
      for (const opinion of topicsOfModel(model, a)) {
        if (!this.learned.has(opinion.code) || phrases.has(opinion.code)) continue;
        learned.set(opinion.code, {
          code: opinion.code,
          confidence: Math.round(opinion.probability * 100) / 100,
          evidence: opinion.evidence,
        });
      }
    }
    const out: TopicMatch[] = [];
    for (const code of this.codes) {
      if (phrases.has(code)) out.push({ code });
      else {
        const match = learned.get(code);
        if (match) out.push(match);
      }
    }
    return out;
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
