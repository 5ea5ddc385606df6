import type { Lexicon } from './types';

/**
 * Thanks and compliments (a message that only says this gets low priority), and the words that make a
 * message a question or a request even without a question mark.
 */
export const POLITENESS_LEXICON: Lexicon = [
  {
    tag: 'thanks',
    patterns: [
      'dank*|bedankt|merci|thanks|thank|cheers',
      'top|toppers|topper|topteam|super|superfijn|geweldig*|fantastisch*|prachtig*|fijn|fijne|mooi|mooie|knap|prima',
      'goed ~1 gedaan|bezig',
      'gefeliciteerd|proficiat|felicitaties|congrat*|hulde|chapeau|bravo|kudos',
      'compliment|complimenten',
      'petje ~1 af',
      'respect ~1 voor',
      'trots ~1 op',
      'wat ~1 een ~2 werk|inzet|toppers|helden|team|actie|zorg',
      'oppepper|pluim|bloemetje',
      'great|awesome|amazing|wonderful|brilliant|lovely|excellent|love',
      'well ~1 done',
      'keep ~1 up ~2 good ~1 work',
      '👏|❤|♥|💪|🙂|😊|🙏|👍|💙|💚|💜|💛|🧡|🥰|🌹|💐|🤗|😀|😃|😄|✨|💯',
    ],
  },
  {
    // A request anywhere in the message.
    tag: 'request',
    patterns: [
      'graag|alstublieft|alsjeblieft|please|svp|aub',
      'zou ~3 willen|kunnen',
      'would ~1 like',
      // "Dank u wel. Ik heb nog een vraag over ..." is not a thank-you only
      'heb|had|have ~3 vraag|vraagje|vragen|question|questions',
      'wil|wilde|want ~2 weten|know',
      'benieuwd|wondering',
    ],
  },
  {
    // Question words count at the start of a sentence (the flag rule checks), except "wat een ...!".
    tag: 'question_word',
    patterns: [
      'hoe|wat|wanneer|waar|waarom|wie|welke|welk|hoeveel|hoelang|kan|kun|kunt|kunnen|mag|mogen|moet|moeten|heeft|hebben|hebt|zijn|weet|weten|wil|wilt|willen|zou|zouden|klopt',
      'how|what|when|where|why|who|which|can|could|may|is|are|do|does|would|will',
    ],
  },
];
