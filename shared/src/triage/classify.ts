import {
  FLAG_CODES,
  type FlagCode,
  type TriageContext,
  type TriageFlag,
  type TriageResult,
} from '../contract/triage';
import { analyse, type Analysis } from './analysis';
import type { LexiconName } from './lexicon';
import { detectAggression } from './flags/aggression';
import { detectClientConfidentiality } from './flags/client-confidentiality';
import { detectComplaint } from './flags/complaint';
import { detectCrisis } from './flags/crisis';
import { detectExplicitMedia } from './flags/explicit-media';
import { makeFlag } from './flags/flag';
import { detectMedicalAdvice } from './flags/medical-advice';
import { detectMedicalPublic } from './flags/medical-public';
import { detectPiiPublic } from './flags/pii-public';
import { detectPress } from './flags/press';
import { detectSafeguarding } from './flags/safeguarding';
import { priorityOf } from './priority';
import { suggestSwitch } from './switch';
import { recycleWords } from './tokens';
import { bundledModel, consult, type TriageModel } from './model';
import { possibleFlag } from './flags/possible';

/**
 * Classify one message (or, with context.draft, an agent's draft before it is posted): flags with
 * evidence, priority and a suggested channel switch. Deterministic, no network, linear in the text.
 *
 * How flags interact:
 * - a crisis takes over a medical question ("chest pain, what should we do?" is a crisis, not advice);
 * - an individual medical question on a public channel is also a medical detail in public;
 * - a press inquiry about a health topic is not a health detail unless it names someone's own health;
 * - a crisis told in public about the sender or someone of theirs ("ik", "mijn vader") is a health
 *   detail in public too: suicidal thoughts or an emergency's symptoms are health details of that
 *   person (a stranger collapsing in the street is not identifiable, and stays crisis alone);
 * - words like "incompetent" count as a complaint only when the message is not plain abuse.
 * On a draft only what is unsafe to post is reported: identifiers, health details, confirming a client.
 */
/**
 * Contexts the rules recognise that explain warning words away: an idiom, a farewell at work or a move,
 * a story, the past, something resolved. There the model raises crisis or safeguarding on its own only
 * when it finds it more likely than not, instead of at its recall-first threshold.
 */
const EXPLAINED_AWAY: readonly [LexiconName, string][] = [
  ['idiom', 'crisis'],
  ['sign', 'context_leaving_job'],
  ['sign', 'context_fiction'],
  ['sign', 'context_history'],
  ['sign', 'context_resolved'],
];
export const EXPLAINED_MIN_PROBABILITY = 0.5;

export function explainedAway(a: Analysis): boolean {
  return EXPLAINED_AWAY.some(([lexicon, tag]) => a.has(lexicon, tag));
}

/** What the model may add to a draft's warnings, and from which probability. */
const DRAFT_MODEL_FLAGS: readonly FlagCode[] = ['medical_public', 'client_confidentiality'];
const DRAFT_MIN_PROBABILITY = 0.5;

/** The message speaks of the sender ("ik", "I") or someone of theirs ("mijn moeder", "my dad"). */
function aboutSenderOrTheirs(a: Analysis): boolean {
  return a.has('personal', 'possessive') || a.has('personal', 'pronoun') || a.has('personal', 'own_process');
}

export function classify(text: string, context: TriageContext): TriageResult {
  return classifyWith(text, context, bundledModel());
}

/**
 * classify with a given model, or with the rules alone (model null: for training and for comparing).
 * Rules and model combine per flag: a flag is raised when the rules raise it, or when the model's
 * probability reaches that flag's threshold (chosen in training; recall first for crisis and
 * safeguarding). A flag the model alone raised is marked possible, with its confidence and the words
 * that carry it.
 *
 * On a draft the model may add only what a draft warns about (health details in public, confirming a
 * client), and only when it finds that more likely than not: it learned from inbound messages, and a
 * warning costs the agent a confirm.
 */
export function classifyWith(
  text: string,
  context: TriageContext,
  model: TriageModel | null,
  /** Reads the analysis too before it is recycled (the topics): the text is analysed once. */
  alsoRead?: (a: Analysis) => void,
): TriageResult {
  const safeText = typeof text === 'string' ? text : '';
  const a = analyse(safeText, context);
  const found = new Map<FlagCode, TriageFlag>();
  const add = (flag: TriageFlag | null): void => {
    if (flag) found.set(flag.code, flag);
  };

  add(detectCrisis(a));
  add(detectSafeguarding(a));
  add(detectExplicitMedia(a));
  const advice = found.has('crisis') ? null : detectMedicalAdvice(a);
  add(advice);
  const press = detectPress(a);
  add(press);
  let medicalPublic = detectMedicalPublic(a, { strictAnchors: press !== null });
  if (!medicalPublic && advice && a.isPublic) {
    medicalPublic = makeFlag('medical_public', 'high', advice.evidence, {
      nl: 'Persoonlijke medische vraag op een openbaar kanaal.',
      en: 'Personal medical question on a public channel.',
    });
  }
  add(medicalPublic);
  add(detectPiiPublic(a));
  add(detectClientConfidentiality(a));
  const aggression = detectAggression(a);
  add(aggression);
  add(detectComplaint(a, { aggression: aggression !== null }));

  if (model) {
    const opinion = consult(model, a);
    const explained = !a.draft && explainedAway(a);
    for (const code of a.draft ? DRAFT_MODEL_FLAGS : FLAG_CODES) {
      if (found.has(code)) continue;
      const floor = a.draft
        ? DRAFT_MIN_PROBABILITY
        : explained && (code === 'crisis' || code === 'safeguarding')
          ? EXPLAINED_MIN_PROBABILITY
          : 0;
      const raised = opinion.raises(code) && opinion.probability(code) >= floor;
      if (raised) found.set(code, possibleFlag(code, opinion.probability(code), opinion.evidence(code)));
    }
  }

  // An individual medical question in public is a health detail in public, whether the rules or the
  // model found the question (the rules' own question was turned into one above).
  const question = found.get('medical_advice');
  if (question?.possible && a.isPublic && !a.draft && !found.has('medical_public')) {
    found.set('medical_public', possibleFlag('medical_public', question.confidence ?? 0, question.evidence));
  }

  const crisis = found.get('crisis');
  if (crisis && a.isPublic && !a.draft && !found.has('medical_public') && aboutSenderOrTheirs(a)) {
    const derived = makeFlag('medical_public', 'high', crisis.evidence, {
      nl: 'Gezondheidsinformatie van de afzender of een naaste op een openbaar kanaal (crisis).',
      en: 'Health details of the sender or someone close to them on a public channel (crisis).',
    });
    found.set(
      'medical_public',
      crisis.possible ? { ...derived, possible: true, confidence: crisis.confidence } : derived,
    );
  }

  const flags: TriageFlag[] = [];
  for (const code of FLAG_CODES) {
    const flag = found.get(code);
    if (flag) flags.push(flag);
  }
  const result = { flags, priority: priorityOf(flags, a), suggestedSwitch: suggestSwitch(a, flags) };
  alsoRead?.(a);
  // The result holds only offsets and texts, nothing of the analysis: its word table can be reused.
  recycleWords(a.words);
  return result;
}
