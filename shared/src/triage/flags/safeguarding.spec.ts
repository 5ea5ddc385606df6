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

  it('is urgent', () => {
    expect(classify('Mijn vriend slaat mij', dm).priority).toBe('urgent');
  });
});
