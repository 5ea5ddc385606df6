import type { Lexicon } from './types';

/**
 * Words that tie health vocabulary to a person. "possessive" (mijn, my, onze + family words, "ligt op")
 * ties a place or specialist to someone ("mijn afspraak bij de cardioloog"); "pronoun" (ik, hij, ze)
 * is enough for a diagnosis or symptom ("ik heb borstkanker"). "addressee" words are how an agent's
 * draft points at the person it answers ("uw moeder", "je uitslag").
 */
export const PERSONAL_LEXICON: Lexicon = [
  {
    tag: 'possessive',
    patterns: [
      'mijn|my|onze|our|mezelf|myself',
      'ligt|lag|liggen|lig ~4 op|in ~2 afdeling|ic|seh|ziekenhuis|kliniek|bed',
    ],
  },
  {
    tag: 'pronoun',
    patterns: ['ik|mij|me|wij|we|hij|zij|ze|hem|haar|i|he|she|him|her|his|us'],
  },
  {
    tag: 'addressee',
    patterns: ['uw|je|jouw|your'],
  },
  {
    tag: 'addressee_pronoun',
    patterns: ['u|jij|you'],
  },
  {
    // Orders and appointments make a product or place about the sender ("bestelnummer ... incontinentiemateriaal").
    tag: 'own_process',
    patterns: ['bestelnummer|bestelling|ordernummer|order|afspraak|appointment|recept|herhaalrecept'],
  },
];
