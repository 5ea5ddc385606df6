import { ADVICE_LEXICON } from './advice';
import { AGGRESSION_LEXICON } from './aggression';
import { COMPLAINT_LEXICON } from './complaint';
import { CONFIDENTIALITY_LEXICON } from './confidentiality';
import { CONTACT_LEXICON } from './contact';
import { CRISIS_LEXICON } from './crisis';
import { CUE_LEXICON } from './cues';
import { EXPLICIT_LEXICON } from './explicit';
import { IDIOM_LEXICON } from './idioms';
import { MEDICAL_LEXICON } from './medical';
import { PERSONAL_LEXICON } from './personal';
import { POLITENESS_LEXICON } from './politeness';
import { PRESS_LEXICON } from './press';
import { SAFEGUARDING_LEXICON } from './safeguarding';
import { SIGN_LEXICON } from './signs';
import { SYMPTOM_LEXICON } from './symptoms';
import type { Lexicon } from './types';

/** Every lexicon by name; one matcher runs them all in a single pass. */
export const LEXICONS = {
  crisis: CRISIS_LEXICON,
  sign: SIGN_LEXICON,
  symptom: SYMPTOM_LEXICON,
  idiom: IDIOM_LEXICON,
  safeguarding: SAFEGUARDING_LEXICON,
  explicit: EXPLICIT_LEXICON,
  medical: MEDICAL_LEXICON,
  personal: PERSONAL_LEXICON,
  advice: ADVICE_LEXICON,
  confidentiality: CONFIDENTIALITY_LEXICON,
  complaint: COMPLAINT_LEXICON,
  aggression: AGGRESSION_LEXICON,
  press: PRESS_LEXICON,
  politeness: POLITENESS_LEXICON,
  contact: CONTACT_LEXICON,
  cue: CUE_LEXICON,
} satisfies Record<string, Lexicon>;

export type LexiconName = keyof typeof LEXICONS;
