import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const dm: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const crisis = (text: string): boolean => classify(text, dm).flags.some((f) => f.code === 'crisis');

describe('crisis', () => {
  it.each([
    'Ik zie het niet meer zitten. Niemand helpt me, ik wil er gewoon niet meer zijn.',
    'ik denk steeds aan zelfmoord',
    'ik heb zelfmoordgedachten',
    'soms denk ik aan zelf moord',
    'ik wil niet meer leven',
    'kwil dood',
    'ik wil gewoon dood',
    'k wil ni meer leven', // Flemish chat
    'Ik wil er een einde aan maken',
    'ik ga mezelf van kant maken',
    'Soms denk ik dat iedereen beter af is zonder mij',
    'niemand zou me missen als ik er niet meer ben',
    'Dit is mijn laatste bericht. Bedankt voor alles.',
    'ik geef al mijn spullen weg, ik heb ze toch niet meer nodig',
    'Ik heb al mijn pillen verzameld en ga ze vanavond innemen. Sorry.',
    'ik snij mezelf weer elke avond',
    'ik heb mezelf weer gesneden',
    'ik ben suïcidaal',
    'ik ben suicidaal en bang',
    'I want to kill myself',
    "I've been thinking about ending it all lately.",
    "I don't want to live anymore",
    'kms',
    'nobody would miss me',
    'my father has chest pain and trouble breathing right now',
    'mijn vrouw is bewusteloos, stuur een ambulance!!',
    'mijn moeder heeft pijn op de borst',
    'hij bloedt heel erg en het stopt niet met bloeden',
    'mijn zoontje heeft koorts en vlekjes die niet wegdrukbaar zijn',
    'help me nu, hij heeft een mes en bedreigt me',
    'HEEEEELP ik wil dood',
    'Ik voel me zo leeg, ik kan niet meer.',
    'ik wil gewoon slapen en nooit meer wakker worden',
    'mijn zoontje heeft een batterij ingeslikt',
    'Ik heb een overdosis genomen',
  ])('raises on: %s', (text) => {
    expect(crisis(text)).toBe(true);
  });

  it.each([
    'ik ga dood van het lachen 😂',
    'Ik lach me dood om dat filmpje',
    'ik schrok me dood toen de brandweer kwam',
    'ik ben doodmoe na de nachtdienst',
    'die film was dodelijk saai',
    'ik verveel me dood in de wachtkamer',
    'ik kan niet meer wachten op de uitslag',
    'ik heb geen zelfmoordgedachten, maar wel veel stress',
    'mijn laatste bericht is nog niet beantwoord',
    'het is 12 kms rijden naar de kliniek',
    'Wat een mooie actie van jullie vrijwilligers!',
    'Hoe laat gaat de polikliniek open?',
    'Mijn vader is vorig jaar overleden aan kanker, dank voor de zorg',
    'I was dying to see the new ward, great job',
    'ik zou een moord doen voor een kop koffie',
    'de uitslag van de borstkankerscreening',
    'is er een cursus reanimatie voor vrijwilligers? ',
  ])('stays quiet on: %s', (text) => {
    expect(crisis(text)).toBe(false);
  });

  describe('suicide warning signs described, not named', () => {
    it.each([
      // means laid out or acquired, with a time
      'Mijn slaaptabletten heb ik al weken opgespaard. Vanavond neem ik ze.',
      'i counted out all my tablets and put them on the nightstand, tonight is it',
      'het touw hangt al aan de zoldertrap',
      // a place to jump from, with the height or the train
      'ik zit op de rand van het dak van de parkeergarage en kijk naar beneden',
      "standing on the platform, the next train isn't stopping here",
      'ik ga vannacht naar het viaduct bij de ringweg',
      // voices that tell someone to jump
      'de stemmen zeggen dat ik van de brug moet springen',
      // farewell with finality or a time
      'Ik heb brieven geschreven voor mama en mijn zus. Ze liggen op mijn bureau voor morgen.',
      'zeg tegen papa dat het niet zijn schuld is. als ik er niet meer ben is het rustiger',
      // belongings given away, appointments no longer needed
      'Mijn gitaar en mijn fiets heb ik weggegeven. Ik heb ze toch niet meer nodig.',
      'you can cancel my appointments with the psychologist, I will not be needing them',
      // a burden, wanting to sleep for ever
      'iedereen is beter af zonder mij. ik wil gewoon slapen voor altijd',
      // self-harm that bleeds
      'ik heb met een scheermesje in mijn arm gesneden en het bloed stopt niet',
      // told by someone else
      'Mijn buurman heeft zijn hond naar zijn zus gebracht en zijn spullen verdeeld. Hij neemt niet meer op.',
    ])('raises on: %s', (text) => {
      expect(crisis(text)).toBe(true);
    });

    it.each([
      // single signs do not fire on their own
      'Ik kom vanavond even langs voor mijn medicijnen.',
      'Bedankt voor alles, jullie waren geweldig!',
      'Kan ik mijn afspraak van donderdag afzeggen? Ik ben op vakantie.',
      'we staan op het perron, de trein heeft vertraging',
      'mijn medicijnen liggen klaar op tafel voor de thuiszorg',
      // farewells at work, a move, recovery
      'Juf Anja gaat met pensioen: bedankt voor alles en geniet van je laatste werkdag!',
      'We verhuizen volgende maand voorgoed naar Spanje, dus dit is mijn laatste bericht aan de groep.',
      'De fysio zei dat ik hersteld ben, dus de rest van de afspraken hoeft niet meer.',
      // history, stories, hypothetical questions
      'Twintig jaar geleden heb ik pillen gespaard en afscheidsbrieven geschreven. Nu help ik anderen.',
      'In het boek schrijft de hoofdpersoon afscheidsbrieven en loopt hij naar de brug.',
      "I'm scared I won't wake up after the anaesthetic tomorrow, is that common?",
      'Wat moet je doen als iemand blauwe lippen krijgt? Voor onze EHBO-folder.',
    ])('stays quiet on: %s', (text) => {
      expect(crisis(text)).toBe(false);
    });
  });

  describe('medical emergencies told by their symptoms', () => {
    it.each([
      'mijn vader heeft een drukkend gevoel op de borst dat naar zijn kaak trekt en hij zweet',
      'my husband has chest tightness and he is sweating and short of breath',
      'haar mondhoek hangt ineens scheef en ze praat onduidelijk',
      "my nan's speech is slurred and she can't lift her left arm",
      'ik krijg mijn moeder niet wakker',
      'de baby heeft blauwe lipjes',
      'hij schokt al 7 minuten en het stopt niet',
      'na de bevalling verlies ik heel veel bloed en ik ben duizelig',
      'koorts en paarse vlekjes die niet weggaan als ik er een glas op druk',
      'opa is van de trap gevallen op zijn hoofd en is nu heel suf',
      'after the peanut her lips and tongue are swelling up and she is wheezing',
      'mijn peuter heeft een knoopbatterij ingeslikt',
      'ons zoontje van 5 weken heeft 38,6 koorts',
    ])('raises on: %s', (text) => {
      expect(crisis(text)).toBe(true);
    });

    it.each([
      'ik heb geen pijn op de borst meer sinds de nieuwe medicatie',
      'mijn dochter van 3 jaar heeft koorts, wat kan ik geven?',
      'Wat zijn de tekenen van een beroerte? Ik wil het herkennen.',
      'na de operatie voel ik me soms duizelig, is dat normaal?',
      'I fainted at the blood test this morning, all fine now, can I collect my umbrella?',
      'mijn kind is gevallen met de fiets en heeft een schaafwond aan zijn knie',
      'we hebben de batterijen van de afstandsbediening vervangen',
    ])('stays quiet on: %s', (text) => {
      expect(crisis(text)).toBe(false);
    });
  });

  it('points its evidence at the original text', () => {
    const text = 'Hoi. Ik wil NIET MEER LEVEN.';
    const flag = classify(text, dm).flags.find((f) => f.code === 'crisis')!;
    expect(flag.severity).toBe('critical');
    expect(flag.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['wil NIET MEER LEVEN']);
    expect(flag.reason.nl.length).toBeGreaterThan(0);
    expect(flag.reason.en.length).toBeGreaterThan(0);
  });
});
