import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { endsSentence, makeFlag, spansOf } from './flag';

/** Aggression: threats, intimidation or abuse towards staff or the organisation. */
export function detectAggression(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  const threats = [
    ...a.hits('aggression', 'threat'),
    ...a.hits('aggression', 'threat_end').filter((h) => endsSentence(a, h)),
  ];
  const insults = a.hits('aggression', 'insult');
  if (threats.length === 0 && insults.length === 0) return null;
  return makeFlag(
    'aggression',
    threats.length > 0 ? 'high' : 'medium',
    spansOf(a, [...threats, ...insults]),
    threats.length > 0
      ? {
          nl: 'Dreiging of intimidatie richting medewerkers of de organisatie.',
          en: 'Threat or intimidation towards staff or the organisation.',
        }
      : {
          nl: 'Scheldwoorden of beledigingen richting medewerkers of de organisatie.',
          en: 'Abuse or insults towards staff or the organisation.',
        },
  );
}
