import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const dm: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const codes = (text: string): string[] => classify(text, dm).flags.map((f) => f.code);

describe('safeguarding', () => {
  it.each([
    'Mijn vriend slaat mij als ik niet doe wat hij zegt. Ik durf niet naar huis.',
    'hoi ik ben lisa ik woon op de boomgaard. mijn begeleider schreeuwt tegen mij',
    "een jongen van buiten vraagt steeds of ik naaktfoto's wil sturen",
    'Hoi, ik heb een jongen ontmoet via insta, hij geeft me cadeautjes en wil dat ik meega naar een feestje in Rotterdam.',
    "een bewoner vertelt dat een man haar geld geeft voor 'vriendschap'. Wat moet ik doen?",
    'Op welke locatie woont Jessica nu? Ik ben haar oom.',
    'Welke dagen is hij alleen op zijn kamer?',
    'Waar woont Kevin tegenwoordig?',
    'mijn stiefvader zit aan me en ik mag het niemand vertellen',
    'ik ben verkracht',
    'er is huiselijk geweld bij ons thuis',
    'my boyfriend hits me',
    'ik ben 15 en een man van 30 wil met me afspreken, hij zegt dat ik het geheim moet houden',
    'er is een man bij de snackbar die zegt dat hij mijn vriend is en hij geeft mij sigaretten',
    'ik ben zo bang, mijn man heeft me weer geslagen',
    'Mijn dochter (14) heeft een vriendje van 24 die haar drank geeft en wil dat ze bij hem blijft slapen',
    'ik woon op de Linde. Mijn geld is weg en Ahmed zegt dat ik niks mag zeggen',
    'he says he is my loverboy',
    'ze krijgt geld en kleren van een oudere man en mag het niet tegen de begeleiding zeggen',
  ])('raises on: %s', (text) => {
    expect(codes(text)).toContain('safeguarding');
  });

  it.each([
    'Kun je me vertellen of Fatima El Amrani bij jullie is opgenomen? Ik ben een vriendin van haar.',
    'kijk wat ik voor je heb 😘 niet laten zien aan anderen',
    'Wat een mooie actie van jullie vrijwilligers!',
    'Waar ligt de polikliniek neurologie?',
    'Waar woont de zorgcoördinator van regio Noord? Ik wil een brief sturen',
    'Ik heb een cadeautje voor de verpleging, mag ik dat brengen?',
    'Mijn vriendin werkt bij jullie als verpleegkundige',
    'De klok slaat twaalf en nog steeds geen arts',
  ])('stays quiet on: %s', (text) => {
    expect(codes(text)).not.toContain('safeguarding');
  });

  describe('abuse told as what happened', () => {
    it.each([
      // money, cards or codes with secrecy or a new "friend"
      'Een nieuwe vriend van mijn zus heeft haar pinpas en weet haar code. Ze moest beloven het niet te vertellen.',
      "the home help keeps borrowing my dad's bank card and told him it's their little secret",
      // gifts and lifts from an older stranger, invitations
      'Een man van rond de 40 geeft de meiden van de groep vapes en vraagt wie er mee wil rijden.',
      'someone she met on tiktok bought her a train ticket and wants her to come to a hotel',
      // staff seen hitting, dragging, locking in
      'Ik zag een verzorgster een bewoner aan zijn arm over de gang trekken en hem opsluiten.',
      'a carer slapped my mum on the hand because she would not eat',
      // a partner who controls or hits
      'Mijn man leest al mijn berichten en bepaalt wie ik mag zien.',
      'her boyfriend checks her phone every night and took her bank card',
      // sexual pictures sent to a client
      'een volwassen man stuurt mijn dochter van 14 naaktfoto’s via snapchat',
      // a child left without food or clothes
      'Het buurjongetje staat al de hele avond buiten zonder jas en vraagt om eten. Gisteren ook.',
      // asking when someone is alone or where she sleeps
      'In welk huis woont Sanne, en wanneer is de begeleiding er niet?',
    ])('raises on: %s', (text) => {
      expect(codes(text)).toContain('safeguarding');
    });

    it.each([
      'Hoe werkt het zakgeld op de groep? Kan de begeleiding helpen met pinnen?',
      'Oma wil haar kleindochter 50 euro geven voor haar verjaardag, mag dat?',
      'Ik ben de oom van Lisa en wil haar een cadeautje sturen, naar welk adres kan dat?',
      'Mijn man heeft zijn pinpas verloren, kunnen jullie de eigen bijdrage later afschrijven?',
      'Mag ik een cadeaubon geven aan het personeel als bedankje?',
      'Voor mijn scriptie over financiële uitbuiting zoek ik een begeleider om te interviewen.',
      'Ik zag op het nieuws iets over loverboys. Hoe praat ik daarover met mijn dochter?',
      'De begeleider greep mijn vader net op tijd vast toen hij uitgleed, dank daarvoor!',
    ])('stays quiet on: %s', (text) => {
      expect(codes(text)).not.toContain('safeguarding');
    });
  });

  it('is urgent', () => {
    expect(classify('Mijn vriend slaat mij', dm).priority).toBe('urgent');
  });
});
