import type { Lexicon } from './types';

/**
 * Idioms that contain crisis or threat words without meaning them. A hit here removes any crisis or
 * aggression hit it overlaps. The tag names the lexicon whose hits are cancelled.
 */
export const IDIOM_LEXICON: Lexicon = [
  {
    tag: 'crisis',
    patterns: [
      // "ik ga dood van het lachen", "ik lach me dood", "ik schrok me dood", "verveel me dood"
      'dood ~1 van ~2 lachen|schaamte|schrik|verveling|honger|dorst|kou|hitte|warmte|stress|heimwee',
      'lach|lachte|lachen ~2 me|mij|ons|mezelf ~1 dood|rot|kapot|slap',
      'schrok|schrik|schrokken ~2 me|mij|ons|mezelf ~1 dood|rot|kapot',
      'verveel|verveelde|vervelen ~2 me|mij|ons|mezelf ~1 dood',
      'doodmoe|doodop|doodsaai|dodelijk|doodeng|doodleuk|doodgewoon',
      'dood ~1 ziek|moe|op|saai|eng',
      'dying ~1 of|to|for ~1 laughter|laughing|know|see|hear|try|get',
      'dying ~1 to',
      'killing ~1 it|me ~1 with',
      'i ~1 am ~1 dead ~1 lol|haha',
      'lol ~1 i ~1 am ~1 dead',
      'you ~1 are ~1 killing ~1 me',
      'killed ~1 it',
      'kill ~1 for ~1 a',
      'could ~1 kill ~1 for',
      'zou ~1 een ~1 moord ~1 doen',
      'moord ~1 doen ~1 voor',
      // "doodgaan van de honger"
      'ga|gaan ~1 dood ~1 van ~2 honger|dorst|kou|hitte|verveling|lachen',
      // "ik lig liever dood in een greppel dan nog een keer in jullie wachtrij"
      'liever ~1 dood ~8 dan',
      'rather ~1 be ~1 dead ~8 than',
      // "laatste bericht" about the last message in a thread, not a farewell
      'laatste ~1 bericht ~2 over|van|aan|was|is|niet|gelezen|beantwoord',
    ],
  },
  {
    tag: 'aggression',
    patterns: [
      'ik ~1 maak ~2 me|mij ~2 dood ~1 ongerust|zorgen',
      'schiet ~1 op',
      'killing ~1 it',
      'zou ~1 een ~1 moord ~1 doen',
    ],
  },
];
