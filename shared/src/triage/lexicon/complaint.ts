import type { Lexicon } from './types';

/**
 * Complaints: dissatisfaction with care, service, waiting or billing. A neutral question about a bill
 * ("er staat een behandeling op die ik niet heb gehad") is no complaint; the words of displeasure are.
 * "soft" words ("incompetent") also appear in plain abuse; they do not count as a complaint when the
 * message is aggression.
 */
export const COMPLAINT_LEXICON: Lexicon = [
  {
    tag: 'complaint',
    patterns: [
      'klacht*|klagen|complaint|complain*',
      'schandalig|schande|schandaal|disgrace*|shameful',
      'belachelijk|ridiculous|absurd',
      'chaos|chaotisch|onmenselijk|schandelijk|harteloos|mensonterend|inhumane',
      '# ~1 uur|uren|weken|dagen|maanden ~1 gewacht|wachten|moeten ~1 wachten',
      'onacceptabel|ontoelaatbaar|ongehoord|unacceptable',
      'teleurgesteld|teleurstellend|teleurstelling|disappointed|disappointing',
      'ontevreden|dissatisfied',
      'unhappy ~1 with',
      'rampzalig',
      'een ~1 ramp',
      'is ~1 een ~1 drama',
      'waardeloos|waardeloze|worthless|useless',
      'onbeschoft|onvriendelijk|respectloos|grof|rude|disrespectful',
      'niet ~1 serieus ~1 genomen',
      'frustrerend|gefrustreerd|frustrating|frustrated',
      'ben ~2 het ~2 zat|spuugzat|beu',
      'fed ~1 up',
      'ik ~1 ben ~2 boos|kwaad|woedend|furious|angry',
      'am ~2 angry|furious|upset',
      'ambetant',
      'onterecht*',
      'wacht|wachten|wachtte|gewacht ~3 al ~3 weken|dagen|maanden|uur|uren|jaar|week|maand',
      'al ~3 weken|dagen|maanden|uren|jaar ~3 wachten|gewacht|wacht',
      'lang|uren ~1 moeten ~1 wachten',
      'te ~1 lang ~2 wachten|gewacht|wachttijd',
      'nog ~1 steeds|altijd ~3 niet|geen|niks|niets',
      'niemand ~3 belt|reageert|kijkt|neemt|luistert|komt|beantwoordt|antwoordt|terugbelt',
      'krijg|krijgen|kreeg ~4 geen ~1 antwoord|reactie|bericht|hulp',
      'geen ~1 antwoord|reactie ~3 gekregen|ontvangen',
      'waarom ~3 reageren|reageert|bellen|belt|antwoorden|antwoordt ~3 niet|niemand',
      'waarom ~2 duurt ~2 lang',
      'al ~3 keer|keren ~3 gemaild|gebeld|gevraagd|geschreven|doorverbonden',
      'dit|dat|het ~1 kan ~2 toch|echt ~1 niet',
      'zoek ~1 het ~1 maar ~1 uit',
      'slecht|slechte|slechter ~2 zorg|service|behandeld|behandeling|geholpen|geregeld|bereikbaar|bereikbaarheid|communicatie|georganiseerd|verzorgd',
      'niet ~1 geholpen',
      'jullie ~1 zijn ~3 slecht|waardeloos|traag|onbetrouwbaar|hopeloos|onbereikbaar',
      'nooit ~1 meer ~3 naar|bij|ziekenhuis',
      'still ~2 waiting',
      'still ~1 no ~1 answer|reply|response|news',
      'been ~1 waiting ~2 for',
      'no ~1 one|body ~3 called|calls|responded|responds|answered|answers|replied|helps|helped',
      'nobody ~3 called|calls|responded|responds|answered|answers|replied|helps|helped',
      'terrible|awful|horrible|appalling|poor ~2 service|care|treatment|experience',
      'worst',
      'te ~1 veel ~1 betaald|gerekend|aangerekend',
      'dubbel ~1 gefactureerd|aangerekend|betaald',
    ],
  },
  {
    tag: 'soft',
    patterns: ['incompetent*', 'amateurs|amateuristisch|prutsers|knoeiers|clowns'],
  },
];
