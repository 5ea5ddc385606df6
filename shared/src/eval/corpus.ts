import * as fs from 'fs';
import * as path from 'path';
import { isChannel, visibilityOf, type Channel } from '../contract/channels';
import {
  FLAG_CODES,
  PRIORITIES,
  SWITCH_KINDS,
  type FlagCode,
  type Priority,
  type SwitchKind,
  type TriageAttachment,
  type TriageContext,
} from '../contract/triage';

/** One labelled message of a triage corpus (JSON lines). */
export interface CorpusItem {
  id: string;
  channel: Channel;
  lang?: string;
  text: string;
  attachments: TriageAttachment[];
  flags: FlagCode[];
  switch: SwitchKind | null;
  priority: Priority;
  /** Optional: what we know of the sender. */
  sender?: TriageContext['sender'];
  /** An agent's reply draft, checked before it is posted (shared/corpus/drafts). */
  draft?: boolean;
}

/** The labelled corpora in the repository (shared/corpus), seen from src/eval and dist/eval alike. */
export const CORPUS_DIR = path.resolve(__dirname, '../../corpus');

/** The development corpus: the messages the rules were first written against. */
export const DEFAULT_CORPUS_PATH = path.join(CORPUS_DIR, 'triage-dev.jsonl');

export function parseCorpus(jsonl: string): CorpusItem[] {
  const items: CorpusItem[] = [];
  const lines = jsonl.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (!isChannel(raw.channel)) throw new Error(`line ${i + 1}: unknown channel ${String(raw.channel)}`);
    const flags = (Array.isArray(raw.flags) ? raw.flags : []).filter((f): f is FlagCode =>
      (FLAG_CODES as readonly unknown[]).includes(f),
    );
    const sw = raw.switch;
    if (sw !== null && !(SWITCH_KINDS as readonly unknown[]).includes(sw))
      throw new Error(`line ${i + 1}: bad switch`);
    if (!(PRIORITIES as readonly unknown[]).includes(raw.priority))
      throw new Error(`line ${i + 1}: bad priority`);
    items.push({
      id: String(raw.id ?? `line-${i + 1}`),
      channel: raw.channel,
      lang: typeof raw.lang === 'string' ? raw.lang : undefined,
      text: typeof raw.text === 'string' ? raw.text : '',
      attachments: Array.isArray(raw.attachments) ? (raw.attachments as TriageAttachment[]) : [],
      flags,
      switch: sw as SwitchKind | null,
      priority: raw.priority as Priority,
      sender: (raw.sender as TriageContext['sender']) ?? undefined,
      draft: raw.draft === true ? true : undefined,
    });
  }
  return items;
}

export function readCorpus(file: string): CorpusItem[] {
  return parseCorpus(fs.readFileSync(file, 'utf8'));
}

/** Every `*.jsonl` file of a folder, in name order (so training sees them in a fixed order). */
export function readCorpora(dir: string): CorpusItem[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readCorpus(path.join(dir, name)));
}

export function contextOf(item: CorpusItem): TriageContext {
  return {
    channel: item.channel,
    visibility: visibilityOf(item.channel),
    attachments: item.attachments,
    sender: item.sender,
    ...(item.draft ? { draft: true } : {}),
  };
}
