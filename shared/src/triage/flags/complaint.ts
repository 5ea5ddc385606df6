import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { makeFlag, spansOf } from './flag';

/** Complaint: dissatisfaction with care, service, waiting or billing. */
export function detectComplaint(a: Analysis, options: { aggression: boolean }): TriageFlag | null {
  if (a.draft) return null;
  const hits = [
    ...a.hits('complaint', 'complaint'),
    ...(options.aggression ? [] : a.hits('complaint', 'soft')),
  ];
  if (hits.length === 0) return null;
  return makeFlag('complaint', 'low', spansOf(a, hits), {
    nl: 'Ontevredenheid over zorg, service, wachttijd of rekening.',
    en: 'Dissatisfaction with care, service, waiting or billing.',
  });
}
