import type { Lexicon } from './types';

/**
 * Client confidentiality: questions whether a person is a client or patient, or where they are.
 * "presence_question" needs a question mark in its sentence ("Ligt Marieke bij jullie op de IC?");
 * "whether" phrases are indirect questions ("of mijn buurman bij jullie in de kliniek zit").
 * The flag rule drops hits whose subject is the sender ("ik woon bij jullie op de groep").
 * "confirms" phrases are used on an agent's draft: a reply that says someone is here.
 */
export const CONFIDENTIALITY_LEXICON: Lexicon = [
  {
    tag: 'presence_question',
    patterns: [
      'ligt|lag|zit|woont|verblijft|slaapt|is ~8 bij ~1 jullie|u|uw',
      'ligt|lag|zit|woont|verblijft|is ~4 in ~1 jullie|uw ~1 ziekenhuis|kliniek|instelling|huis',
      'ligt|lag|zit|verblijft ~3 op ~1 de|afdeling ~1 ic|seh|afdeling|*afdeling|#|_',
      'is ~6 opgenomen|client|clienten|patient|patiente|bewoner',
      'is ~4 in ~1 behandeling',
      'is|are ~3 a ~1 patient|client|resident ~1 at|in|with|of|here',
      'is ~3 admitted|staying ~2 at|in|with|here',
      'is ~3 in ~1 your ~1 hospital|clinic|care|home',
    ],
  },
  {
    tag: 'whether',
    patterns: [
      'of|whether|if ~4 bij ~1 jullie|u ~4 ligt|zit|woont|verblijft|is|opgenomen|behandeld|client|patient|bewoner',
      'of|whether|if ~4 bij ~1 jullie|u|uw ~1 in ~1 behandeling',
      'of|whether|if ~4 opgenomen ~1 is|ligt',
      'of|whether|if ~4 is|ligt|zit|woont ~2 bij ~1 jullie|u',
      'whether|if ~4 is|was ~2 admitted|staying',
      'whether|if ~4 is|was ~2 a ~1 patient|client|resident',
    ],
  },
  {
    tag: 'confirms',
    patterns: [
      'ligt|woont|verblijft|zit ~4 bij ~1 ons',
      'ligt|woont|verblijft|zit ~3 op ~1 afdeling|kamer|locatie|onze',
      'ligt|woont|verblijft|zit ~3 op ~1 de ~1 ic|afdeling|groep|locatie',
      'is ~3 bij ~1 ons ~2 opgenomen|client|patient|bewoner',
      'is ~3 bij ~1 ons ~2 in ~1 zorg',
      'is ~3 opgenomen ~2 op|in|bij',
      'bij ~1 ons ~2 opgenomen|verblijft|woont|ligt|client|patient|bewoner',
      'is ~3 client|clienten|patient|patiente|bewoner ~1 bij|van|hier',
      'is|was ~3 admitted|staying ~3 here|with|at|in',
      'is|was ~3 a ~1 patient|client|resident ~2 here|with|at|in|of',
      'is ~3 in ~1 our ~1 care|hospital|clinic',
    ],
  },
];
