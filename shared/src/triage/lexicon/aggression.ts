import type { Lexicon } from './types';

/**
 * Aggression towards staff or the organisation: threats, intimidation and abuse. "kanker" is only abuse
 * in its insult forms ("kankerlijer", "krijg de kanker", "kanker op"); "kk" only when aimed at someone.
 * Our own list on purpose: public profanity lists miss Dutch threats and flag care words.
 */
export const AGGRESSION_LEXICON: Lexicon = [
  {
    tag: 'threat',
    patterns: [
      'verhaal ~2 halen',
      'en ~1 niet ~1 met ~1 woorden',
      'ik|we|wij ~1 weet|weten ~1 waar ~3 woont|wonen|woon|werkt|werken|slaapt',
      'i|we ~1 know ~1 where ~3 live|lives|work|works',
      'zal|gaat ~2 je|jullie|u ~2 berouwen|opbreken|heugen',
      'gaan|zullen|gaat ~2 boeten',
      'ervan ~1 lusten',
      'ik|we ~1 kom|komen ~4 slopen|kapotmaken|kapot|afmaken|opblazen|neersteken|neerschieten|afrekenen',
      'ik|we ~2 maak|maken ~1 je|jullie|jou|u|hem|haar|die ~1 dood|af|kapot',
      'ik ~2 vermoord|vermoorden',
      'vermoord ~2 jullie|je|jou|hem|haar|die|u',
      'ik ~1 sla|slaan ~1 je|jou|jullie|u|hem|haar|die ~3 elkaar|verrot|kapot|kop|bek|klop|neer|bakkes|smoel|muil|gezicht|hoofd|harses',
      'sla ~2 je|jou|jullie|u ~2 in ~1 elkaar|verrot|kapot',
      'steek|steken ~4 in ~1 de ~1 fik|brand',
      'steek|steken ~3 neer',
      'in ~1 de ~1 fik ~1 steken|zetten',
      'bom|bommen|bommetje|bommelding',
      'aanslag ~2 plegen',
      'mes ~3 in ~1 je|jullie|jou|u|zijn|haar|hem|rug|buik',
      'neerschieten|neersteken|afknallen',
      'klap|klappen ~1 voor ~2 kop|bek|harses',
      'op ~1 je|jullie ~1 bek',
      'ik|we ~1 zal|ga|zullen|gaan ~1 je|jullie|jou|u|hem|haar ~1 krijgen|vinden|pakken',
      'je ~1 bent|zijn ~2 nog ~1 niet ~1 van ~1 me ~1 af',
      'i ~1 will|ll ~2 kill|hurt|find|get|destroy ~1 you',
      'kill ~1 you',
      'watch ~1 your ~1 back',
      'you ~1 will ~2 regret|pay',
      'burn ~3 down',
    ],
  },
  {
    // Short threats that are only threats when they close a sentence: "Let maar op." (not "let maar op de bordjes").
    tag: 'threat_end',
    patterns: [
      'let|pas|kijk ~1 maar ~1 op|uit',
      'wacht ~1 maar ~1 af',
      'je ~1 bent ~1 gewaarschuwd',
      'you ~1 have ~1 been ~1 warned',
    ],
  },
  {
    tag: 'insult',
    patterns: [
      'klootzak*|klootviool*|smeerlap*|schoft|schoften|tuig|hufter*|eikel|eikels|sukkel*|lul|trut|trutten|kutwijf|kutwijven|hoer|hoeren|slet|mongool|mongolen|debiel|debielen|idioot|idioten|imbeciel*|achterlijke|flikker*|teringlijer*|tyfuslijer*|kankerlijer*|kolerelijer*|pestlijer*',
      'kut ~1 jullie|ziekenhuis|tent|zooi|instelling|personeel|dokter|wijf|vent|mensen',
      'kutziekenhuis|kuttent|kutzooi|kutinstelling|kutpersoneel|kutdokter',
      'kankerhoer*|kankermongool*|kankerzooi|kankertent|kankerclub|kankerbende|kankerwijf|kankerhomo|kankerlul|kankerflikker|kankerdebiel|kankeraap|kankerjunk|kankerhond|kankerkut',
      'tering*|tyfus*|kolere*',
      'krijg ~2 de|het|een|maar ~1 kanker|tyfus|tering|klere|kolere|pest|pleuris',
      'krijg kanker|tyfus|tering|klere|kolere|pest|pleuris',
      'kanker|tyfus|tering|pleur|rot|sodemieter ~1 op',
      'kanker ~1 jullie',
      // "kanker" and "kk" as an intensifier of something negative about us: "kanker slecht"
      'kanker|kk|tering|tyfus|kut slecht|slechte|traag|trage|dom|irritant|irritante|waardeloos|waardeloze|kut|zooi|bende',
      'val dood',
      'stik maar|toch',
      'stik er ~1 in',
      'kk ~1 jullie|je|jij|u|ziekenhuis|personeel|tent|zooi|bende|club|instelling|dokter|dokters|arts|artsen|verpleging|zusters|begeleiders|begeleider|medewerkers|mensen|lijers|lijer|mongolen|mongool|hoer|hoeren|wijf|vent|homo|hulpverleners|sukkels|idioten',
      'jullie ~2 kk',
      'fuck ~1 you|off|jullie|u',
      'fucking ~1 idiots|incompetent|morons|useless|assholes',
      'assholes|asshole|bastards|bastard|bitch|bitches|cunt|cunts|morons|moron|motherfucker*',
      'you ~1 idiots|idiot|morons|moron|clowns|imbeciles|retards',
      'bunch ~1 of ~1 idiots|morons|clowns',
      'piece ~1 of ~1 shit',
      'go ~1 to ~1 hell',
      'stelletje ~2 klootzakken|idioten|sukkels|amateurs|incompetente|oplichters|zakken|lullen|eikels',
    ],
  },
];
