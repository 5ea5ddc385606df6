import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { Hit } from '../matcher';
import { makeFlag, spansOf } from './flag';

/**
 * Medical advice: a request for individual medical advice (dose, symptoms, "is dit normaal?",
 * "mag ik mijn bloedverdunners blijven slikken?"). Questions about visiting, appointments, referrals or
 * files are service questions, not advice.
 */
export function detectMedicalAdvice(a: Analysis): TriageFlag | null {
  if (a.draft) return null;
  const health = [...a.hits('medical', 'condition'), ...a.hits('medical', 'medication')];
  const hasImage = (a.context.attachments ?? []).some((x) => x.type === 'image' || x.type === 'video');
  const conditionSentences = a.sentencesWith('medical', 'condition');
  const medicationSentences = a.sentencesWith('medical', 'medication');
  const inSentenceWithHealth = (h: Hit): boolean => {
    const s = a.words.sentence[h.first];
    return conditionSentences[s] === 1 || medicationSentences[s] === 1;
  };
  const personal = a.has('personal', 'possessive') || a.has('personal', 'pronoun');

  const evidence: Hit[] = [];
  for (const h of a.hits('advice', 'ask')) {
    if (health.length > 0 || hasImage) evidence.push(h);
  }
  for (const h of a.hits('advice', 'activity')) {
    // "Mag ik mijn bloedverdunners blijven slikken?", or "Ik heb diabetes. Mag ik nog suiker eten?"
    if (inSentenceWithHealth(h) || (health.length > 0 && personal)) evidence.push(h);
  }
  for (const h of a.hits('advice', 'what_to_do')) {
    if (health.length > 0 && personal) evidence.push(h);
  }
  evidence.push(...a.hits('advice', 'medication_problem'));
  if (evidence.length === 0) return null;
  return makeFlag('medical_advice', 'medium', spansOf(a, evidence), {
    nl: 'Vraag om persoonlijk medisch advies: laat een zorgprofessional antwoorden.',
    en: 'Request for personal medical advice: let a care professional answer.',
  });
}
