import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const pub: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
const dm: TriageContext = { channel: 'messenger', visibility: 'private' };
const medical = (text: string, ctx = pub): boolean =>
  classify(text, ctx).flags.some((f) => f.code === 'medical_public');

describe('medical_public', () => {
  it('counts a crisis told in public about the sender or someone of theirs, not about a stranger', () => {
    expect(medical('Mijn vader heeft pijn op de borst die naar zijn arm trekt en hij zweet heel erg')).toBe(
      true,
    );
    expect(medical('ik wil niet meer leven')).toBe(true);
    expect(medical('ik wil niet meer leven', dm)).toBe(false);
    expect(medical('Er ligt iemand bewusteloos op het fietspad voor de huisartsenpost')).toBe(false);
    expect(medical('ik ga dood van het lachen om jullie filmpje')).toBe(false);
  });

  it.each([
    'Ik heb sinds maart borstkanker en de chemo valt me zwaar.',
    'Mijn moeder (82) ligt sinds gisteren op afdeling B3 met een longontsteking',
    'Bel me over mijn afspraak bij de diabetespoli',
    'ik wil weten of mijn verwijzing voor de cardioloog binnen is',
    'My son has been diagnosed with autism last month',
    'Mijn dochter van 15 weegt nog maar 38 kilo',
    'Ligt Marieke bij jullie op de IC? Ik hoorde dat ze een ongeluk heeft gehad',
    'al 2 uur op de SEH met mijn zoon, hoofdwond',
    'mijn man heeft dementie en is erg onrustig',
    'ik ben zwanger en heb veel last van misselijkheid',
    'Mag ik met epilepsie autorijden?',
  ])('raises on a public channel: %s', (text) => {
    expect(medical(text)).toBe(true);
  });

  it.each([
    'Hoe laat gaat de polikliniek open op tweede kerstdag?',
    'Great article about living with a chronic illness, thanks for sharing.',
    'Top campagne tegen vooroordelen over chronisch zieken, ik heb de petitie getekend!',
    '@hospital is visiting allowed on the maternity ward after 8pm?',
    'Als die arts van de spoedeisende hulp morgen weer dienst heeft kom ik verhaal halen.',
    'Goedemiddag, ik ben journalist en werk aan een artikel over de wachtlijsten in de ggz. Wie kan ik spreken?',
    'Ik kankerde per ongeluk op de bus', // no health detail at all
    'Wat een mooie foto! Werkt mijn zus daar nog steeds?',
  ])('stays quiet on: %s', (text) => {
    expect(medical(text)).toBe(false);
  });

  it('is only raised on public channels', () => {
    expect(medical('Ik heb sinds maart borstkanker', dm)).toBe(false);
  });

  it('warns on a public draft that names someone’s diagnosis', () => {
    const draft: TriageContext = { ...pub, draft: true };
    expect(medical('Wat naar dat uw borstkanker terug is, sterkte met de chemo.', draft)).toBe(true);
    expect(medical('Onze polikliniek is morgen gewoon open.', draft)).toBe(false);
  });
});
