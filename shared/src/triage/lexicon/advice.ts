import type { Lexicon } from './types';

/**
 * Requests for individual medical advice. "ask" phrases are advice questions by themselves
 * ("is dit normaal?", "moet ik me zorgen maken?"); "activity" phrases ("mag ik ... slikken",
 * "mag je met ... autorijden") only count when a health word is in the same sentence; "what_to_do"
 * ("wat kan ik doen?") counts when the message is about someone's health; "medication_problem" is a
 * practical problem with someone's medicines.
 */
export const ADVICE_LEXICON: Lexicon = [
  {
    tag: 'ask',
    patterns: [
      'is|zijn ~1 dit|dat|het|deze ~2 normaal|ontstoken|gebroken|besmettelijk|gevaarlijk|ernstig|erg|kwaadaardig',
      'is ~1 this|that|it ~2 normal|infected|broken|contagious|dangerous|serious',
      'moet ~1 ik|we ~2 me|mij|ons ~1 zorgen ~1 maken',
      'should ~1 i|we ~2 worry|worried|concerned',
      'hoeveel ~3 mg|milligram|pillen|tabletten|paracetamol|ibuprofen|druppels|keer ~3 mag|moet|kan|nemen|slikken',
      'how ~1 many|much ~4 should|can|may ~2 take|give',
      'bijwerking*',
      'side ~1 effect|effects',
      'wat ~1 helpt ~2 tegen',
      'what ~1 helps ~2 with|against',
      'kan ~1 het ~1 kwaad',
      'is ~2 het ~1 verstandig',
      'heeft ~1 iemand ~2 tips|ervaring ~2 tegen',
      'moet|moeten ~1 ik|we|hij|ze|zij ~3 naar ~1 de ~1 huisarts|dokter|arts|seh|spoed|eerste|huisartsenpost',
      'should ~1 i|we ~3 see|go ~3 doctor|hospital|gp',
    ],
  },
  {
    tag: 'activity',
    patterns: [
      'mag|mogen|kan|kun|kunt|moet|moeten|mocht ~1 ik|je|hij|ze|zij|we|u|mijn ~5 slikken|innemen|nemen|gebruiken|combineren|stoppen|afbouwen|autorijden|rijden|sporten|drinken|eten|douchen|zwemmen|vliegen|werken|zwanger|borstvoeding|alcohol',
      'can|may|should ~1 i|he|she|we|my ~5 take|stop|drive|use|combine|drink|eat|fly|swim|exercise|breastfeed',
      'is ~1 it ~1 safe ~1 to',
    ],
  },
  {
    tag: 'what_to_do',
    patterns: [
      'wat ~1 kan|moet|kunnen|moeten ~1 ik|we|wij ~3 doen',
      'hoe ~1 kom ~1 ik ~3 van ~3 af',
      'hoe ~1 kan|moet ~1 ik ~3 omgaan',
      'what ~1 can|should|do ~1 i|we ~2 do',
      'any ~1 advice',
      'advies ~2 over|nodig',
      'kan ~1 ik ~1 het ~2 hier ~1 vragen',
    ],
  },
  {
    tag: 'medication_problem',
    patterns: [
      'medicijn*|medicatie|pillen|tabletten|insuline|medication|meds ~3 niet ~1 goed',
      'medicijn*|medicatie|pillen|tabletten|insuline|medication|meds ~3 verkeerd*|vergeten|gemist|kwijt|dubbel',
      'verkeerde ~1 medicijn*|medicatie|pillen|dosis',
      'te ~1 veel ~2 medicijn*|pillen|tabletten|ingenomen',
      'wrong ~1 medication|pills|dose',
    ],
  },
];
