import type { Lexicon } from './types';

/**
 * How the person wants to be reached, and what they want to exchange; read by the switch rules.
 */
export const CONTACT_LEXICON: Lexicon = [
  {
    // Calling is hard for them (common with an intellectual disability or hearing loss).
    tag: 'phone_hard',
    patterns: [
      'bellen ~2 eng|moeilijk|lastig|spannend|vervelend',
      'bellen ~2 niet ~1 fijn',
      'vind ~3 bellen ~2 eng|moeilijk|lastig|spannend',
      'vind ~2 het ~2 moeilijk|lastig|eng|spannend ~3 bellen',
      'durf ~2 niet ~3 bellen',
      'kan ~2 niet ~2 bellen',
      'liever ~1 niet ~1 bellen|gebeld',
      'niet ~1 gebeld ~1 worden',
      'mag|moogt|mogen|moet ~2 me|mij ~2 niet ~2 bellen|opbellen',
      'bel ~1 me|mij ~1 niet',
      'doof|slechthorend|deaf',
      'calling|phoning ~2 is ~2 hard|difficult|scary',
      'phone ~1 calls ~2 are ~2 hard|difficult|scary',
      'hate|scared ~2 calling|phoning',
      'hate|scared ~2 phone ~1 calls',
      'can ~1 not ~2 call|phone',
      'do ~1 not ~1 call ~1 me',
      'prefer ~2 not ~2 call|phone',
    ],
  },
  {
    // The person asks for a phone call: to be called (back), or whether they may call someone of ours
    // (a journalist asking "mag ik u bellen?" asks for a call as much as anyone).
    tag: 'call_request',
    negatable: true,
    patterns: [
      // "bel me terug", "bel ons even"
      'bel|bellen ~1 me|mij|ons ~3 terug|op|even|aub|alstublieft|graag|nu|vandaag|morgen|vanavond',
      'bel ~1 me|mij|ons',
      // verb last: "kan de teamleider mij bellen?", "wil begeleider mij even terugbellen"
      'me|mij|ons ~1 bellen|opbellen|terugbellen|contacteren',
      // "terugbellen" on its own is as often a complaint ("ik moest zelf terugbellen", "nooit
      // teruggebeld"): only a request with a request around it.
      'terugbelverzoek',
      'terugbellen ~1 aub|alstublieft|svp|graag|asap|dringend',
      'teruggebeld ~1 worden',
      'terug ~1 bellen',
      'kunnen|kunt|kan|wil|willen|zou|zouden ~2 jullie|u|iemand ~3 bellen|opbellen|terugbellen',
      // asking to call us: "mag ik u bellen?", "kunnen we even bellen?", "met wie kan ik bellen?"
      'mag|mogen|kan|kunnen|zou|zouden ~1 ik|we|wij ~2 u|jullie|je|even|eens ~1 bellen|opbellen',
      'mag|mogen|kan|kunnen ~1 ik|we|wij ~1 bellen',
      'met ~1 wie ~3 bellen',
      'wil|wilt ~3 gebeld ~1 worden',
      'graag ~3 gebeld|bellen|terugbellen',
      'graag|liefst|liever ~2 telefoontje|telefonisch',
      'call|ring|phone ~1 me|us',
      'want|like|love|appreciate|request|promised ~3 callback',
      'give ~1 me|us ~1 a ~1 call|ring',
      'please ~1 call',
      'can|could|may ~1 i|we ~1 call|phone|ring',
      'available|like|love|appreciate|request ~3 call',
    ],
  },
  {
    // The sender lives at one of our locations: the team there can talk in person.
    tag: 'resident',
    patterns: [
      'ik ~1 woon ~3 bij ~1 jullie',
      'ik ~1 woon ~1 op|in ~1 de|het ~1 groep|woongroep|locatie|instelling|tehuis|gezinshuis',
      'ik ~1 woon ~1 op ~1 de|het',
      'mijn ~1 begeleider|begeleiders|begeleidster|woonbegeleider',
    ],
  },
  {
    // Documents, results and records: exchange them through a secure channel.
    tag: 'documents',
    patterns: [
      'uitslag|uitslagen|labuitslag*|results|testuitslag*',
      'dossier|records|verslag|brief|ontslagbrief|verwijsbrief|attest|formulier|formulieren|kopie|bijlage|document|documenten|paspoort|identiteitskaart',
      'opsturen|doorsturen|toesturen|mailen|uploaden',
      'online ~1 bekijken|inzien',
      'portaal|mijnomgeving|patientenportaal',
    ],
  },
];
