import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { Hit } from '../matcher';
import { makeFlag, spansOf } from './flag';

/**
 * Medical details in public: health details about the sender or an identifiable person, or an
 * individual medical question, on a public channel. A diagnosis, symptom, treatment or medicine counts
 * when the message ties it to someone (mijn/my anywhere, ik/hij/ze in the same sentence, an order or
 * appointment of the sender); a care setting or specialist ("de cardioloog", "de IC") only with a
 * possessive in the same clause ("mijn verwijzing voor de cardioloog"). On an agent's draft the person
 * is the one addressed ("uw moeder", "je uitslag").
 * (An individual medical question in public also raises this flag; see classify.)
 */
export function medicalPublicEvidence(a: Analysis, strictAnchors: boolean): Hit[] {
  const conditions = [...a.hits('medical', 'condition'), ...a.hits('medical', 'medication')];
  const settings = a.hits('medical', 'setting');
  if (conditions.length === 0 && settings.length === 0) return [];
  const [possTag, pronTag] = a.draft ? ['addressee', 'addressee_pronoun'] : ['possessive', 'pronoun'];
  const possessiveSentences = [a.sentencesWith('personal', possTag)];
  const possessiveClauses = [a.clausesWith('personal', possTag)];
  if (!a.draft) {
    possessiveSentences.push(a.sentencesWith('personal', 'own_process'));
    possessiveClauses.push(a.clausesWith('personal', 'own_process'));
  }
  const pronounSentences = strictAnchors && !a.draft ? null : a.sentencesWith('personal', pronTag);
  // Inbound, "mijn"/"my" anywhere ties the message to the sender; drafts and press need the same sentence.
  const anywhere =
    !strictAnchors && !a.draft && (a.has('personal', 'possessive') || a.has('personal', 'own_process'));
  const evidence: Hit[] = [];
  for (const c of conditions) {
    const s = a.words.sentence[c.first];
    if (
      anywhere ||
      possessiveSentences.some((m) => m[s] === 1) ||
      (pronounSentences && pronounSentences[s] === 1)
    ) {
      evidence.push(c);
    }
  }
  for (const h of settings) {
    const c1 = a.words.clause[h.first];
    const c2 = a.words.clause[h.last];
    if (possessiveClauses.some((m) => m[c1] === 1 || m[c2] === 1)) evidence.push(h);
  }
  return evidence;
}

export function detectMedicalPublic(a: Analysis, options: { strictAnchors: boolean }): TriageFlag | null {
  if (!a.isPublic) return null;
  const evidence = medicalPublicEvidence(a, options.strictAnchors);
  if (evidence.length === 0) return null;
  const strong = evidence.some((h) => h.tag !== 'setting');
  return makeFlag(
    'medical_public',
    strong ? 'high' : 'medium',
    spansOf(a, evidence),
    a.draft
      ? {
          nl: 'Je concept noemt gezondheidsinformatie van iemand op een openbaar kanaal.',
          en: 'Your draft mentions someone’s health details on a public channel.',
        }
      : {
          nl: 'Gezondheidsinformatie of een persoonlijke medische vraag op een openbaar kanaal.',
          en: 'Health details or a personal medical question on a public channel.',
        },
  );
}
