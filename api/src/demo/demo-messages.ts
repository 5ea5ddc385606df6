import type { Channel } from '@webcare/shared';

/** A realistic Dutch webcare message, for the demo queue and `npm run simulate`. */
export interface DemoMessage {
  channel: Exclude<Channel, 'x_dm' | 'x_mention' | 'sms' | 'webchat'>;
  name: string;
  text: string;
  image?: boolean;
  /** How long ago it was sent, for the seeded demo queue. */
  minutesAgo: number;
}

export const DEMO_MESSAGES: DemoMessage[] = [
  {
    channel: 'whatsapp',
    name: 'Noor Bakker',
    text: 'Ik trek het echt niet meer. Niemand zou me missen als ik er niet meer ben. Sorry voor alles.',
    minutesAgo: 4,
  },
  {
    channel: 'messenger',
    name: 'Kevin',
    text: 'Hoi, ik ben een vriend van Lisa die bij jullie op De Berkenhof woont. Weet u wanneer ze alleen is? Ik wil haar verrassen, niks tegen de begeleiding zeggen hoor.',
    minutesAgo: 11,
  },
  {
    channel: 'facebook_comment',
    name: 'Gerda Jansen',
    text: 'Mijn vader (79) ligt sinds dinsdag op de longafdeling met een zware longontsteking en krijgt zuurstof. Mag ik hem morgenavond nog bezoeken?',
    minutesAgo: 26,
  },
  {
    channel: 'facebook_comment',
    name: 'Peter van Dam',
    text: 'Ik wacht al drie weken op de uitslag van mijn scan en niemand belt terug. Bel me op 06-12345678, mijn BSN is 111222333.',
    minutesAgo: 48,
  },
  {
    channel: 'instagram_comment',
    name: 'sanne.devries',
    text: 'Al drie weken wacht ik op een terugbelafspraak van de poli. Dit is echt schandalig, niemand neemt op.',
    minutesAgo: 95,
  },
  {
    channel: 'whatsapp',
    name: 'Fatima El Amrani',
    text: 'Dank jullie wel voor de goede zorg voor mijn moeder afgelopen week ❤️',
    minutesAgo: 130,
  },
  {
    channel: 'messenger',
    name: 'Jeroen Smit (RTV Noord)',
    text: 'Goedemiddag, ik ben journalist bij RTV Noord. Kunnen we vandaag nog een reactie krijgen op de sluiting van locatie De Linde?',
    minutesAgo: 17,
  },
  {
    channel: 'whatsapp',
    name: 'Onbekend nummer',
    text: 'kijk wat ik voor je heb 😏 sexy foto alleen voor jou',
    image: true,
    minutesAgo: 7,
  },
  {
    channel: 'instagram_dm',
    name: 'mo.haddou',
    text: 'Hoe laat is het bezoekuur op zondag bij locatie Noorderhaven?',
    minutesAgo: 35,
  },
  {
    channel: 'facebook_comment',
    name: 'R. de Groot',
    text: 'Als mijn zoon morgen weer niet geholpen wordt kom ik langs en dan zullen jullie het weten. Ik weet waar die begeleider woont.',
    minutesAgo: 62,
  },
  {
    channel: 'whatsapp',
    name: 'Bas',
    text: 'Ik vind bellen heel moeilijk. Mag ik 2 paracetamol extra nemen naast mijn medicijnen? Ik heb zo veel hoofdpijn.',
    minutesAgo: 21,
  },
  {
    channel: 'messenger',
    name: 'Marja Visser',
    text: 'Is mijn buurman Henk de Boer bij jullie opgenomen? Ik zag gisteren een ambulance bij hem voor de deur.',
    minutesAgo: 40,
  },
  {
    channel: 'instagram_dm',
    name: 'lotte_zorgt',
    text: 'Hoi! Hebben jullie nog plek voor vrijwilligers bij de dagbesteding in Assen?',
    minutesAgo: 180,
  },
  {
    channel: 'facebook_comment',
    name: 'Hans Mulder',
    text: 'Wat een mooie actie van jullie vrijwilligers afgelopen zaterdag! 👏',
    minutesAgo: 240,
  },
];
