import type { Localized, TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import { emergencySymptoms, fictionSentences, pastSentences, warningSigns } from './described';
import { endsClause, makeFlag, spansOf } from './flag';

/**
 * Crisis: suicidal thoughts or plans (also indirect), self-harm, an acute medical emergency or acute
 * danger. Idioms are already removed from the hits. "kms" after a number is kilometres.
 */
const REASONS: Record<string, Localized> = {
  suicide: {
    nl: 'Mogelijke gedachten aan zelfdoding: neem direct persoonlijk contact op.',
    en: 'Possible suicidal thoughts: make personal contact right away.',
  },
  farewell: {
    nl: 'Mogelijk afscheid of gevoel een last te zijn: signaal van suïcidaliteit.',
    en: 'Possible farewell or feeling a burden: a warning sign of suicide.',
  },
  self_harm: {
    nl: 'Zelfbeschadiging genoemd: neem direct persoonlijk contact op.',
    en: 'Self-harm mentioned: make personal contact right away.',
  },
  exhausted_end: {
    nl: 'Iemand zegt dat die niet meer kan: mogelijk signaal van suïcidaliteit.',
    en: 'Someone says they cannot go on: a possible warning sign of suicide.',
  },
  emergency: {
    nl: 'Mogelijk acuut medisch noodgeval: verwijs direct naar 112.',
    en: 'Possible acute medical emergency: refer to 112 right away.',
  },
  danger: {
    nl: 'Iemand is mogelijk in acuut gevaar.',
    en: 'Someone may be in acute danger.',
  },
  warning_signs: {
    nl: 'Waarschuwingssignalen van suïcide (plan, middel, plaats, tijd of afscheid): neem direct persoonlijk contact op.',
    en: 'Warning signs of suicide (a plan, means, a place, a time or a farewell): make personal contact right away.',
  },
  symptoms: {
    nl: 'Klachten die op een acuut medisch noodgeval wijzen: verwijs direct naar 112.',
    en: 'Symptoms that point to an acute medical emergency: refer to 112 right away.',
  },
};

const ORDER = [
  'suicide',
  'self_harm',
  'warning_signs',
  'farewell',
  'exhausted_end',
  'emergency',
  'symptoms',
  'danger',
];

/** Named signals that a sentence about the past does not make current ("tien jaar geleden wilde ik dood"). */
const HISTORY_SENSITIVE: ReadonlySet<string> = new Set([
  'suicide',
  'self_harm',
  'farewell',
  'exhausted_end',
  'emergency',
]);

export function detectCrisis(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  const named = a.hits('crisis');
  const past = named.length > 0 ? pastSentences(a) : null;
  const fiction = named.length > 0 ? fictionSentences(a) : null;
  const general = named.length > 0 ? a.sentencesWith('sign', 'context_general') : null;
  const leavingJob = named.length > 0 && a.has('sign', 'context_leaving_job');
  const hits = named.filter((h) => {
    const sentence = a.words.sentence[h.first];
    if (fiction?.[sentence] === 1) return false;
    if ((h.tag === 'danger' || h.tag === 'emergency') && general?.[sentence] === 1) return false;
    if (HISTORY_SENSITIVE.has(h.tag) && past?.[sentence] === 1) return false;
    if (h.tag === 'farewell' && leavingJob) return false;
    if (h.tag === 'exhausted_end') return endsClause(a, h);
    if (h.pattern !== 'kms') return true;
    const prev = a.words.at(h.first - 1);
    return !(prev && prev.numeric && prev.sentence === a.words.sentence[h.first]);
  });
  const signs = warningSigns(a);
  const symptoms = emergencySymptoms(a);
  if (hits.length === 0 && signs.length === 0 && symptoms.length === 0) return null;
  const tags = new Set(hits.map((h) => h.tag));
  if (signs.length > 0) tags.add('warning_signs');
  if (symptoms.length > 0) tags.add('symptoms');
  const main = ORDER.find((t) => tags.has(t)) ?? 'suicide';
  return makeFlag('crisis', 'critical', spansOf(a, [...hits, ...signs, ...symptoms]), REASONS[main]);
}
