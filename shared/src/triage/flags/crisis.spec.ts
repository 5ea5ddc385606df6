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

  it('points its evidence at the original text', () => {
    const text = 'Hoi. Ik wil NIET MEER LEVEN.';
    const flag = classify(text, dm).flags.find((f) => f.code === 'crisis')!;
    expect(flag.severity).toBe('critical');
    expect(flag.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['wil NIET MEER LEVEN']);
    expect(flag.reason.nl.length).toBeGreaterThan(0);
    expect(flag.reason.en.length).toBeGreaterThan(0);
  });
});
