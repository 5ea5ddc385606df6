import type { EvidenceSpan, TriageContext } from '../contract/triage';
import { visibilityOf } from '../contract/channels';
import { findIdentifiers, mayHoldIdentifiers } from './detectors/identifiers';
import { findNumberGroups } from './detectors/number-groups';
import type { IdentifierMatch } from './detectors/types';
import { LEXICONS, type LexiconName } from './lexicon';
import { PhraseMatcher, type Hit } from './matcher';
import { tokenize, type WordTable } from './tokens';

/** unitSet[n] === 1 when sentence (or clause) n holds a hit. */
export type UnitSet = Readonly<Uint8Array>;

/**
 * Everything the flag rules read about one message, computed once: the words, every lexicon hit (idioms
 * already removed), the identifiers and the context.
 */
export interface Analysis {
  text: string;
  words: WordTable;
  /** questions[s]: sentence s has a question mark. */
  questions: readonly boolean[];
  identifiers: readonly IdentifierMatch[];
  context: TriageContext;
  isPublic: boolean;
  draft: boolean;
  hits(lexicon: LexiconName, tag?: string): readonly Hit[];
  /** Sentence numbers (or clause numbers) that contain a hit of this lexicon and tag. */
  sentencesWith(lexicon: LexiconName, tag?: string): UnitSet;
  clausesWith(lexicon: LexiconName, tag?: string): UnitSet;
  has(lexicon: LexiconName, tag?: string): boolean;
  span(hit: Hit): EvidenceSpan;
}

let matcher: PhraseMatcher | null = null;

function getMatcher(): PhraseMatcher {
  if (!matcher) matcher = new PhraseMatcher(LEXICONS);
  return matcher;
}

/**
 * Lexicons the rules only ask about by presence and position (has, sentencesWith, clausesWith): their
 * hits stay columns unless a rule asks for them as objects.
 */
const COLUMN_LEXICONS: ReadonlySet<string> = new Set<LexiconName>(['personal', 'contact', 'politeness']);

/** Lexicons whose hits an overlapping idiom cancels. */
const IDIOM_TARGETS: readonly LexiconName[] = ['crisis', 'aggression'];

function removeIdioms(all: Map<string, Hit[]>): void {
  const idioms = all.get('idiom') ?? [];
  if (idioms.length === 0) return;
  for (const target of IDIOM_TARGETS) {
    const hits = all.get(target);
    if (!hits) continue;
    const relevant = idioms.filter((i) => i.tag === target);
    // Both lists are in text order; walk them together.
    const kept: Hit[] = [];
    let k = 0;
    for (const hit of hits) {
      while (k < relevant.length && relevant[k].last < hit.first) k++;
      let cancelled = false;
      for (let m = k; m < relevant.length && relevant[m].first <= hit.last; m++) {
        if (relevant[m].last >= hit.first) {
          cancelled = true;
          break;
        }
      }
      if (!cancelled) kept.push(hit);
    }
    all.set(target, kept);
  }
}

/** Shared by every lexicon without hits: never written to. */
const NO_HITS: Hit[] = [];

function groupByTag(hits: readonly Hit[]): Map<string, Hit[]> {
  const out = new Map<string, Hit[]>();
  for (const h of hits) {
    const list = out.get(h.tag);
    if (list) list.push(h);
    else out.set(h.tag, [h]);
  }
  return out;
}

export function analyse(text: string, context: TriageContext): Analysis {
  const stream = tokenize(text);
  const words = stream.words;
  const { hits: all, columns } = getMatcher().matchAll(words, COLUMN_LEXICONS);
  removeIdioms(all);
  const cues = new Map<string, Hit[]>();
  for (const hit of all.get('cue') ?? []) {
    const list = cues.get(hit.tag);
    if (list) list.push(hit);
    else cues.set(hit.tag, [hit]);
  }
  const identifiers = mayHoldIdentifiers(text)
    ? findIdentifiers({ text, groups: findNumberGroups(text), words, cues })
    : [];
  const visibility = context.visibility ?? visibilityOf(context.channel);
  // A lexicon's hits split by tag in one pass, the first time one of its tags is asked for.
  const byTag = new Map<string, Map<string, Hit[]>>();
  const hits = (lexicon: LexiconName, tag?: string): readonly Hit[] => {
    let list = all.get(lexicon);
    if (list === undefined) {
      const asColumns = columns.get(lexicon);
      // A rule wants these hits as objects after all: make them once. A lexicon without hits is noted
      // too, so the next question about it costs one look-up.
      list = asColumns ? asColumns.toHits() : NO_HITS;
      all.set(lexicon, list);
      columns.delete(lexicon);
    }
    // Most questions are about lexicons that found nothing in this message.
    if (tag === undefined || list.length === 0) return list;
    let tags = byTag.get(lexicon);
    if (!tags) {
      tags = groupByTag(list);
      byTag.set(lexicon, tags);
    }
    let cached = tags.get(tag);
    if (!cached) {
      cached = [];
      tags.set(tag, cached);
    }
    return cached;
  };
  const sentenceCount = words.length > 0 ? words.sentence[words.length - 1] + 1 : 0;
  const clauseCount = words.length > 0 ? words.clause[words.length - 1] + 1 : 0;
  const maps = new Map<string, Uint8Array>();
  const unitsWith = (unit: 'sentence' | 'clause', lexicon: LexiconName, tag?: string): UnitSet => {
    const key = `${unit}:${lexicon}:${tag ?? ''}`;
    let map = maps.get(key);
    if (!map) {
      map = new Uint8Array(unit === 'sentence' ? sentenceCount : clauseCount);
      const column = unit === 'sentence' ? words.sentence : words.clause;
      const asColumns = columns.get(lexicon);
      if (asColumns) {
        for (let k = 0; k < asColumns.count; k++) {
          if (!asColumns.tagged(k, tag)) continue;
          map[column[asColumns.first(k)]] = 1;
          map[column[asColumns.last(k)]] = 1;
        }
      } else {
        for (const h of hits(lexicon, tag)) {
          map[column[h.first]] = 1;
          map[column[h.last]] = 1;
        }
      }
      maps.set(key, map);
    }
    return map;
  };
  return {
    text,
    words,
    questions: stream.questions,
    identifiers,
    context,
    isPublic: visibility === 'public',
    draft: context.draft === true,
    hits,
    has: (lexicon, tag) => columns.get(lexicon)?.has(tag) ?? hits(lexicon, tag).length > 0,
    sentencesWith: (lexicon, tag) => unitsWith('sentence', lexicon, tag),
    clausesWith: (lexicon, tag) => unitsWith('clause', lexicon, tag),
    span: (hit) => ({ start: words.start[hit.first], end: words.end[hit.last] }),
  };
}
