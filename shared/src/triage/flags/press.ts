import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { makeFlag, spansOf } from './flag';

/** Press: a journalist or media outlet asks for a response or an interview → communications. */
export function detectPress(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  const identity = a.hits('press', 'identity');
  if (identity.length === 0) return null;
  const request = a.hits('press', 'request');
  const asks = request.length > 0 || a.questions.some((q) => q);
  if (!asks) return null;
  return makeFlag('press', 'medium', spansOf(a, [...identity, ...request]), {
    nl: 'Vraag van een journalist of medium: stuur door naar communicatie.',
    en: 'Request from a journalist or media outlet: pass on to communications.',
  });
}
