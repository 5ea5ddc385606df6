import * as fs from 'fs';
import * as path from 'path';
import { isChannel, visibilityOf, type Channel } from '../contract/channels';
import type { TriageContext } from '../contract/triage';
import { DEFAULT_TOPICS } from '../triage/topics/topic-list';
import { CORPUS_DIR } from './corpus';

/** One topic-labelled message (JSON lines): `{id, channel, lang, text, topics:[codes]}`. */
export interface TopicCorpusItem {
  id: string;
  channel: Channel;
  lang?: string;
  text: string;
  topics: string[];
}

/** The built-in topics' codes: what the topic corpus is labelled with and the model learns. */
export const TOPIC_CODES: readonly string[] = DEFAULT_TOPICS.map((topic) => topic.code);

/** shared/corpus/topics: train/ for the topic model, test/ for measuring it. */
export const TOPIC_CORPUS_DIR = path.join(CORPUS_DIR, 'topics');
export const TOPIC_TRAIN_DIR = path.join(TOPIC_CORPUS_DIR, 'train');
export const TOPIC_TEST_DIR = path.join(TOPIC_CORPUS_DIR, 'test');

/** Parses a topic corpus; a line with an unknown channel or topic is an error that names the line. */
export function parseTopicCorpus(jsonl: string): TopicCorpusItem[] {
  const items: TopicCorpusItem[] = [];
  const lines = jsonl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`line ${i + 1}: not JSON`);
    }
    if (!isChannel(raw.channel)) throw new Error(`line ${i + 1}: unknown channel ${String(raw.channel)}`);
    if (typeof raw.text !== 'string') throw new Error(`line ${i + 1}: no text`);
    if (!Array.isArray(raw.topics)) throw new Error(`line ${i + 1}: no topics list`);
    const unknown = raw.topics.filter((code) => !TOPIC_CODES.includes(code as string));
    if (unknown.length > 0) throw new Error(`line ${i + 1}: unknown topic ${unknown.map(String).join(', ')}`);
    items.push({
      id: String(raw.id ?? `line-${i + 1}`),
      channel: raw.channel,
      lang: typeof raw.lang === 'string' ? raw.lang : undefined,
      text: raw.text,
      topics: [...new Set(raw.topics as string[])],
    });
  }
  return items;
}

/** Every `*.jsonl` file of a folder, in name order; an error names the file. */
export function readTopicCorpora(dir: string): TopicCorpusItem[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => {
      try {
        return parseTopicCorpus(fs.readFileSync(path.join(dir, name), 'utf8'));
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    });
}

export function topicContextOf(item: TopicCorpusItem): TriageContext {
  return { channel: item.channel, visibility: visibilityOf(item.channel) };
}
