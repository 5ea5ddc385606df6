import type { EvidenceSpan, FlagCode, Localized, Severity, TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { Hit } from '../matcher';
import { squeeze } from '../normalize';

/** Sorted evidence with overlapping or touching spans merged. */
export function mergeSpans(spans: readonly EvidenceSpan[]): EvidenceSpan[] {
  // Evidence mostly arrives in text order already: then there is nothing to copy and sort.
  const sorted = inOrder(spans) ? spans : [...spans].sort(bySpan);
  const out: EvidenceSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

function bySpan(a: EvidenceSpan, b: EvidenceSpan): number {
  return a.start - b.start || a.end - b.end;
}

function inOrder(spans: readonly EvidenceSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (bySpan(spans[i - 1], spans[i]) > 0) return false;
  return true;
}

export function makeFlag(
  code: FlagCode,
  severity: Severity,
  evidence: readonly EvidenceSpan[],
  reason: Localized,
): TriageFlag {
  return { code, severity, evidence: mergeSpans(evidence), reason };
}

export function spansOf(a: Analysis, hits: readonly Hit[]): EvidenceSpan[] {
  return hits.map((h) => a.span(h));
}

/** The hit ends its sentence (nothing but punctuation after it). */
export function endsSentence(a: Analysis, hit: Hit): boolean {
  const next = a.words.at(hit.last + 1);
  return next === undefined || next.sentence !== a.words.sentence[hit.last];
}

/** The hit ends its clause or sentence ("ik kan niet meer." but not "ik kan niet meer wachten"). */
export function endsClause(a: Analysis, hit: Hit): boolean {
  const next = a.words.at(hit.last + 1);
  return next === undefined || next.clause !== a.words.clause[hit.last];
}

/**
 * Words that make the subject of "is/ligt ... bij jullie" a thing or the sender, not another person.
 * Stored as comparison keys (squeezed, like Word.key).
 */
export const NOT_A_PERSON: ReadonlySet<string> = new Set(
  [
    'de',
    'het',
    'een',
    'er',
    'dat',
    'dit',
    'die',
    'deze',
    'ik',
    'we',
    'wij',
    'je',
    'jij',
    'u',
    'jullie',
    'iets',
    'alles',
    'niets',
    'there',
    'this',
    'that',
    'the',
    'it',
    'i',
    'you',
    'mezelf',
    'parkeren',
    'wie',
    'niemand',
    'iemand',
    'who',
    'nobody',
  ].map(squeeze),
);
