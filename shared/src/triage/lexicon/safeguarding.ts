import type { Lexicon } from './types';

/**
 * Safeguarding. Tags starting with "strong_" raise the flag on their own (abuse, sexual approaches,
 * someone asking where a client lives or when they are alone). Tags starting with "weak_" are the
 * typical ingredients of a loverboy/grooming approach (gifts, money, "vriendschap", secrecy, a stranger
 * met online, being taken to a party); two different weak ingredients together raise the flag.
 */
export const SAFEGUARDING_LEXICON: Lexicon = [
  {
    tag: 'strong_abuse',
    negatable: true,
    patterns: [
      // "mijn vriend slaat mij", "de begeleider schreeuwt tegen mij", "hij zit aan me"
      'slaat|sloeg|schopt|schopte|stompt|trapt|trapte|knijpt|duwt|duwde|mishandelt|misbruikt|wurgt|wurgde ~2 mij|me|haar|hem|ons|ze|zij|mijn|kinderen|kind',
      'schreeuwt|schreeuwde|scheldt|schold|krijst ~2 tegen|naar ~2 mij|me|ons|haar|hem',
      'scheldt|schold ~1 me|mij|haar|hem ~1 uit',
      'heeft|hebben|had ~3 me|mij|haar|hem|ons ~2 geslagen|mishandeld|geschopt|verkracht|misbruikt|aangerand|gewurgd|opgesloten',
      'word|werd|wordt|ben|is|zijn|worden ~3 geslagen|mishandeld|misbruikt|verkracht|aangerand|betast|geschopt|opgesloten|vastgebonden|vastgezet|uitgebuit',
      'verkracht*',
      'aangerand',
      'aanranding',
      'mishandeling',
      'kindermishandeling',
      'huiselijk ~1 geweld',
      'seksueel ~2 misbruik|misbruikt|geweld|grensoverschrijdend',
      'grensoverschrijdend ~1 gedrag',
      'ongewenst ~2 aangeraakt|aanraken|aangeraakt|betast|intiem',
      'zit|zat|zitten ~1 aan ~1 me|mij|haar',
      'zit|zat|zitten ~1 aan ~1 mijn ~1 lijf|lichaam|billen|borsten',
      'aan ~1 me|mij ~1 zitten',
      'sluit|sloot|sluiten ~2 me|mij|haar|hem ~2 op',
      'krijg|krijgt|kreeg ~2 geen ~1 eten|drinken',
      'durf ~2 niet ~2 naar ~1 huis',
      'bang ~1 voor ~1 mijn ~1 vriend|man|vader|moeder|stiefvader|stiefmoeder|partner|begeleider|broer|ex',
      'hits|hit|beats|beat|kicks|kicked|hurts|chokes|choked ~1 me|her|him|us',
      'touches|touched|touching ~1 me|her|him ~2 inappropriately',
      'being ~1 abused|hit|beaten',
      'sexually ~1 abused|assaulted',
      'domestic ~1 violence|abuse',
      'raped|rape',
      'afraid ~2 go ~1 home',
    ],
  },
  {
    tag: 'strong_sexual',
    patterns: [
      'loverboy*',
      'naaktfoto*',
      'naakt ~1 foto*|fotos|plaatjes|filmpje*',
      'naaktbeeld*',
      'nudes',
      'nude ~1 pics|photos|pictures',
      'sexting',
      'grooming',
      'uitbuit*',
      'mensenhandel',
      'pooier',
      'seks ~2 voor ~2 geld',
      'moet ~3 met ~2 mannen ~2 slapen|seks|mee',
      'vraagt ~4 foto|fotos ~2 van ~1 mijn ~1 lichaam|borsten|billen',
      'sex ~2 for ~1 money',
    ],
  },
  {
    // Someone asking where a client lives or sleeps, or when they are alone.
    tag: 'strong_whereabouts',
    patterns: [
      'op|in ~1 welke ~1 locatie|woning|woongroep|groep|kamer|unit|afdeling|gebouw ~2 woont|wonen|slaapt|slapen|verblijft|verblijven|zit',
      'welk ~1 adres|kamernummer ~2 heeft|woont',
      'wat ~1 is ~2 haar|zijn ~1 adres|kamernummer',
      'welke ~1 dagen|tijden|avonden|uren ~3 alleen',
      'wanneer|hoelaat ~3 is|zijn|zit ~3 alleen',
      // Subordinate clauses put the verb last: "weet u wanneer ze alleen is?"
      'wanneer|hoelaat ~3 alleen ~1 is|zijn|zit|thuis',
      'hoe ~1 laat ~3 is|zit ~3 alleen',
      'where ~3 does|do|is ~3 live|lives|living|sleep|sleeps|stay|stays|staying',
      'when ~3 is|are ~3 alone',
      'what ~1 days|times ~3 alone',
      'which ~1 room|house|location|unit ~3 does|is ~3 live|sleep|stay',
    ],
  },
  {
    // "waar woont Kevin?": the flag rule checks that a person, not a building, follows.
    tag: 'whereabouts_where',
    patterns: ['waar ~1 woont|wonen|slaapt|slapen|verblijft|verblijven'],
  },
  {
    tag: 'weak_gift',
    patterns: [
      'cadeau*',
      'kado*',
      'gifts|presents',
      'geeft|gaf|geven|koopt|kocht|krijg|krijgt|kreeg ~3 cadeau*|kado*|kleren|kleding|telefoon|iphone|drank|drugs|sigaretten|sieraden|make|spullen',
      'buys ~2 me|her ~2 things|clothes|phone',
      'drank|drugs|cadeaus|cadeautjes|kleren|sigaretten|wiet ~2 geeft|gaf|geven|krijgt|kreeg',
    ],
  },
  {
    tag: 'weak_money',
    patterns: [
      'geeft|gaf|geven|krijg|krijgt|kreeg|leent|betaalt ~3 geld',
      'geld ~2 geeft|gaf|geven|krijg|krijgt|kreeg|voor',
      'gives ~2 me|her ~1 money',
      'geld ~2 is ~1 weg|kwijt|afgepakt|gestolen',
      'geld ~3 afgepakt|gestolen|afgenomen|afpakken|afhandig',
      'pinpas|bankpas|pincode ~3 afgepakt|gegeven|geven|gevraagd|moeten',
    ],
  },
  {
    tag: 'weak_relationship',
    patterns: [
      'vriendschap',
      'vriendin|vriendinnetje',
      'vriendje',
      'boyfriend|girlfriend',
      'oudere ~1 man|jongen|vriend',
      'veel ~1 ouder',
      'older ~1 man|guy',
      'verliefd',
      // "een man van 30" writing to a teenager
      'man|vent|kerel ~1 van ~1 #',
      'zegt ~4 mijn|haar|zijn|je ~1 vriend|vriendje|vriendin|boyfriend|girlfriend ~1 is',
    ],
  },
  {
    tag: 'weak_secrecy',
    patterns: [
      'niemand ~2 vertellen|zeggen|weten',
      'niemand ~2 laten ~1 zien',
      'mag|moet ~3 niemand ~1 vertellen|weten|zeggen',
      'niet|niks|niets ~4 vertellen|zeggen ~2 tegen|aan',
      'niet|niks|niets ~2 tegen ~2 begeleiding|begeleider|begeleiders|ouders|moeder|vader|mama|papa ~1 zeggen|vertellen',
      'geheim*',
      'niks|niets ~3 mag|mogen ~1 zeggen|vertellen',
      'mag|mogen ~2 niks|niets|niemand ~2 zeggen|vertellen',
      'niet ~1 laten ~1 zien ~2 anderen|niemand',
      'do ~1 not ~1 tell',
      'keep ~2 secret',
      'our ~1 secret',
    ],
  },
  {
    tag: 'weak_online',
    patterns: [
      'ontmoet|leerde|gesproken|contact|kennen|gevonden ~3 via|op ~1 insta|instagram|snapchat|snap|tiktok|internet|online|facebook|whatsapp|discord|app|datingapp|tinder|telegram',
      'via ~1 insta|instagram|snapchat|snap|tiktok|internet|discord ~3 jongen|man|meisje|iemand',
      'iemand ~3 online ~1 ken',
      'online|internet ~1 kent|ken|kende|leerde|ontmoette',
      'online ~1 leren ~1 kennen',
      'vreemde ~1 man|jongen|mensen',
      'someone ~3 met ~2 online',
      'stranger|strangers',
    ],
  },
  {
    // Being asked for pictures or films ("moet foto's sturen"); naked pictures are a strong sign above.
    tag: 'weak_photos',
    patterns: [
      'moet|moest|wil|wilde|vraagt|vroeg ~4 foto|fotos|fotootjes|filmpje|filmpjes|selfies ~2 sturen|maken|opsturen',
    ],
  },
  {
    tag: 'weak_takealong',
    patterns: [
      'mee ~2 naar|nemen ~3 feest*|party|hotel|stad|huis|appartement|auto',
      'meegaan|meega|meekomen|meenemen ~3 feest*|party|hotel|stad|huis|appartement|auto',
      'meenemen|ophalen ~3 auto',
      'alleen ~2 afspreken|ontmoeten|meegaan',
      'afspreken ~3 alleen',
      'take|takes ~2 me|her ~2 to ~2 party|hotel|city|house',
      'meet ~2 alone',
      'wil|wilt|wilde ~2 met ~1 me|mij|haar|hem ~2 afspreken|ontmoeten|daten|meeten',
      'wants ~2 to ~1 meet ~1 me|her|him',
      'bij ~1 hem|hen|hun ~3 slapen|logeren|blijven',
    ],
  },
  {
    tag: 'weak_family_claim',
    patterns: [
      'ben ~1 haar|zijn|de ~1 oom|tante|neef|nicht|opa|oma|broer|zus|halfbroer|halfzus|vader|moeder|stiefvader|peetoom',
      'ben ~1 een ~1 vriend|kennis ~1 van ~1 de ~1 familie',
      'am ~1 her|his ~1 uncle|aunt|cousin|grandfather|grandmother|brother|sister',
    ],
  },
  {
    tag: 'weak_visit',
    patterns: [
      'wil|wou ~2 haar|hem ~2 verrassen|ophalen|opzoeken|bezoeken|brengen|spreken',
      'wat|iets ~1 brengen',
      'surprise ~1 her|him',
    ],
  },
];
