import type { FlagCode, Priority, TriageFlag } from '../contract/triage';
import type { Analysis } from './analysis';

/**
 * urgent: crisis or safeguarding. high: any other flag except complaint and client_confidentiality.
 * low: only thanks or a compliment, no question or request. normal: the rest.
 */
const URGENT: ReadonlySet<FlagCode> = new Set(['crisis', 'safeguarding']);
const NOT_HIGH: ReadonlySet<FlagCode> = new Set(['complaint', 'client_confidentiality']);

/** "wat een mooie actie!" starts with a question word but is an exclamation. */
function startsWithQuestionWord(a: Analysis): boolean {
  for (const hit of a.hits('politeness', 'question_word')) {
    const w = a.words.at(hit.first)!;
    if (!w.sentenceStart) continue;
    const next = a.words.at(hit.first + 1);
    if (w.key === 'wat' && next && next.key === 'en' && next.sentence === w.sentence) continue; // "wat een"
    if (w.key === 'what' && next && (next.key === 'a' || next.key === 'an')) continue; // "what a"
    return true;
  }
  return false;
}

export function isThanksOnly(a: Analysis): boolean {
  if (!a.has('politeness', 'thanks')) return false;
  if (a.questions.some((q) => q) || a.text.includes('?')) return false;
  if (a.has('politeness', 'request')) return false;
  return !startsWithQuestionWord(a);
}

export function priorityOf(flags: readonly TriageFlag[], a: Analysis): Priority {
  if (flags.some((f) => URGENT.has(f.code))) return 'urgent';
  if (flags.some((f) => !NOT_HIGH.has(f.code))) return 'high';
  if (flags.length === 0 && !a.draft && isThanksOnly(a)) return 'low';
  return 'normal';
}
