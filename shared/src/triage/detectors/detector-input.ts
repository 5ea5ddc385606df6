import { LEXICONS } from '../lexicon';
import { PhraseMatcher, type Hit } from '../matcher';
import { tokenize } from '../tokens';
import { findNumberGroups } from './number-groups';
import type { DetectorInput } from './types';

let matcher: PhraseMatcher | null = null;

/** Detector input for one text, as the engine builds it (used by the detector specs and tools). */
export function detectorInput(text: string): DetectorInput {
  matcher ??= new PhraseMatcher({ cue: LEXICONS.cue });
  const words = tokenize(text).words;
  const cues = new Map<string, Hit[]>();
  for (const hit of matcher.match(words).get('cue') ?? []) {
    const list = cues.get(hit.tag);
    if (list) list.push(hit);
    else cues.set(hit.tag, [hit]);
  }
  return { text, groups: findNumberGroups(text), words, cues };
}

/** The matched substrings of a detector, for readable expectations. */
export function found(
  text: string,
  detect: (input: DetectorInput) => { start: number; end: number }[],
): string[] {
  return detect(detectorInput(text)).map((m) => text.slice(m.start, m.end));
}
