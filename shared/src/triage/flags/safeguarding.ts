import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { Hit } from '../matcher';
import { makeFlag, NOT_A_PERSON, spansOf } from './flag';

/**
 * Safeguarding: abuse (by anyone, staff included), domestic violence, sexual approaches, someone asking
 * where a client lives or when they are alone, or two different ingredients of a grooming approach
 * (gifts, money, "vriendschap", secrecy, a stranger met online, being taken along to a party).
 */
export function whereaboutsHits(a: Analysis): Hit[] {
  const strong = [...a.hits('safeguarding', 'strong_whereabouts')];
  for (const hit of a.hits('safeguarding', 'whereabouts_where')) {
    // "waar woont Kevin?" is about a person; "waar woont de zorgcoördinator" and "waar woon jij" are not.
    const next = a.words.at(hit.last + 1);
    if (
      next &&
      next.sentence === a.words.sentence[hit.last] &&
      !NOT_A_PERSON.has(next.key) &&
      next.key !== 'jij'
    ) {
      strong.push(hit);
    }
  }
  return strong;
}

export function detectSafeguarding(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  const strongAbuse = [...a.hits('safeguarding', 'strong_abuse'), ...a.hits('safeguarding', 'strong_sexual')];
  const whereabouts = whereaboutsHits(a);
  const weak = a.hits('safeguarding').filter((h) => h.tag.startsWith('weak_'));
  const weakKinds = new Set(weak.map((h) => h.tag));
  const groomingPattern = weakKinds.size >= 2;
  if (strongAbuse.length === 0 && whereabouts.length === 0 && !groomingPattern) return null;
  const evidence = spansOf(a, [...strongAbuse, ...whereabouts, ...(groomingPattern ? weak : [])]);
  if (strongAbuse.length > 0) {
    return makeFlag('safeguarding', 'critical', evidence, {
      nl: 'Signalen van misbruik, geweld of een seksuele benadering: betrek direct een zorgprofessional.',
      en: 'Signs of abuse, violence or a sexual approach: involve a care professional now.',
    });
  }
  if (whereabouts.length > 0) {
    return makeFlag('safeguarding', 'critical', evidence, {
      nl: 'Iemand vraagt waar een cliënt woont of wanneer die alleen is: mogelijk loverboy of grooming.',
      en: 'Someone asks where a client lives or when they are alone: possible grooming.',
    });
  }
  return makeFlag('safeguarding', 'critical', evidence, {
    nl: 'Meerdere loverboy-signalen (cadeaus, geld, geheimhouding, online contact): betrek een zorgprofessional.',
    en: 'Several grooming signs (gifts, money, secrecy, online contact): involve a care professional.',
  });
}
