import type { Lexicon } from './types';

/**
 * Sexual content in the text around an image or video. With a picture attached, a sexual word, a
 * flirting emoji, a request to send pictures back or secrecy about the picture are enough to blur it
 * until an agent chooses to look.
 */
export const EXPLICIT_LEXICON: Lexicon = [
  {
    tag: 'sexual',
    patterns: [
      'naakt*|bloot|nude|nudes|naked',
      'sexy|seks*|sex|sexual|geil*|horny|opgewonden|hitsig',
      'neuken|neukt|pijpen|beffen|klaarkomen|masturb*|aftrekken',
      'pik|lul|piemel|penis|tieten|tietjes|kut|vagina|dick|cock|pussy|boobs|tits|dickpic|lingerie|ondergoed|slipje|string',
      'zin ~1 in ~1 je|jou|u|jij',
      'lekker ~1 ding|wijf|stuk',
      'wil ~1 je ~1 meer ~1 zien',
      'want ~1 to ~1 see ~1 more',
      'voor ~1 jou ~1 alleen',
      'speciaal ~1 voor ~1 jou',
      'kijk ~1 wat ~1 ik ~2 voor ~1 je|jou ~1 heb',
      '😘|😍|😏|🍆|🍑|💦|👅|😈|🥵|😜|💋',
    ],
  },
  {
    tag: 'photo_exchange',
    patterns: [
      'stuur|stuurt|sturen ~3 foto|fotos|fotootje|pic|pics|selfie|filmpje ~2 terug',
      'stuur|stuurt|sturen ~3 foto|fotos|fotootje|pic|pics|selfie|filmpje ~1 van ~1 jou|je|jezelf',
      'stuur ~2 eens ~2 foto|fotos|pic|selfie',
      'send ~2 me ~2 pic|pics|picture|pictures|photo|photos|nudes',
      'send ~2 one ~1 back',
    ],
  },
  {
    tag: 'secrecy',
    patterns: [
      'niet ~1 laten ~1 zien',
      'niemand ~2 laten ~1 zien',
      'ons ~1 geheim*',
      'do ~1 not ~1 show ~2 anyone',
    ],
  },
];
