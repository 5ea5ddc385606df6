import type { TriageFlag } from '../../contract/triage';
import type { Analysis } from '../analysis';
import type { Hit } from '../matcher';
import { squeeze } from '../normalize';
import { makeFlag, NOT_A_PERSON, spansOf } from './flag';
import { whereaboutsHits } from './safeguarding';

/**
 * Client confidentiality: the message asks whether a person is a client or patient, or where they are.
 * We never confirm that, in public or in private. On an agent's draft: the reply would confirm it.
 */
function aboutAnotherPerson(a: Analysis, hit: Hit): boolean {
  // The one or two words after the verb are the subject: "Ligt Marieke ...", not "Is de parkeergarage ...".
  for (let i = hit.first + 1; i <= hit.first + 1 && i <= hit.last; i++) {
    if (NOT_A_PERSON.has(a.words.key[i])) return false;
  }
  return true;
}

const OPENERS = new Set(
  [
    'hoi',
    'hallo',
    'hey',
    'hi',
    'hello',
    'beste',
    'dag',
    'goedemorgen',
    'goedemiddag',
    'goedenavond',
    'vraagje',
    'vraag',
    'even',
    'zeg',
  ].map(squeeze),
);

/**
 * "Ligt Marieke bij jullie?" puts the verb first: a question. In "Mijn moeder ligt op afdeling B3" the
 * verb follows the subject: a statement about the sender's own family. Handles and greetings may come first.
 */
function questionWordOrder(a: Analysis, hit: Hit): boolean {
  const sentence = a.words.sentence[hit.first];
  for (let i = hit.first - 1; i >= 0 && a.words.sentence[i] === sentence; i--) {
    const w = a.words.at(i)!;
    const handle = w.start > 0 && a.text.charCodeAt(w.start - 1) === 64;
    if (!handle && !OPENERS.has(w.key)) return false;
  }
  return true;
}

/** "dat uw moeder bij ons is opgenomen" (a person) versus "wie er bij ons verblijft" (nobody in particular). */
function subjectBeforeIsPerson(a: Analysis, hit: Hit): boolean {
  const clause = a.words.clause[hit.first];
  for (let i = hit.first - 1; i >= 0 && i >= hit.first - 1 && a.words.clause[i] === clause; i--) {
    if (NOT_A_PERSON.has(a.words.key[i])) return false;
  }
  return true;
}

export function detectClientConfidentiality(a: Analysis): TriageFlag | null {
  if (a.draft) {
    const confirms = a
      .hits('confidentiality', 'confirms')
      .filter((h) =>
        a.words.key[h.first] === 'bij' ? subjectBeforeIsPerson(a, h) : aboutAnotherPerson(a, h),
      );
    if (confirms.length === 0) return null;
    return makeFlag('client_confidentiality', 'high', spansOf(a, confirms), {
      nl: 'Je concept bevestigt dat iemand cliënt of patiënt is, of waar die is. Dat mag nooit.',
      en: 'Your draft confirms that someone is a client or patient, or where they are. Never do that.',
    });
  }
  const evidence: Hit[] = [];
  for (const h of a.hits('confidentiality', 'presence_question')) {
    if (a.questions[a.words.sentence[h.first]] && questionWordOrder(a, h) && aboutAnotherPerson(a, h)) {
      evidence.push(h);
    }
  }
  for (const h of a.hits('confidentiality', 'whether')) {
    if (aboutAnotherPerson(a, h)) evidence.push(h);
  }
  evidence.push(...whereaboutsHits(a));
  if (evidence.length === 0) return null;
  return makeFlag('client_confidentiality', 'medium', spansOf(a, evidence), {
    nl: 'Vraagt of iemand cliënt of patiënt is, of waar die is: nooit bevestigen.',
    en: 'Asks whether someone is a client or patient, or where they are: never confirm.',
  });
}
