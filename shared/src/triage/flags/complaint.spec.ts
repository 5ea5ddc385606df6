import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const dm: TriageContext = { channel: 'instagram_dm', visibility: 'private' };
const complaint = (text: string): boolean => classify(text, dm).flags.some((f) => f.code === 'complaint');

describe('complaint', () => {
  it.each([
    'Waarom reageren jullie niet?? Al drie keer gemaild over de klacht over mijn behandeling!',
    'Ik wacht al 3 weken op de uitslag en niemand belt terug.',
    'Schandalig hoe jullie met mijn vader omgaan.',
    'ik krijg maar geen antwoord van de mutualiteit',
    'Bestelnummer 123 is nog steeds niet geleverd, jullie webshop is een ramp',
    'Dit kan toch niet? Twee uur op de SEH en niemand kijkt naar hem om.',
    'Ik ben het beu, al maanden op de wachtlijst',
    'Terrible service, nobody called me back',
    'Er is onterecht een behandeling in rekening gebracht',
    '@ziekenhuis wat een chaos op de poli vandaag, 2 uur gewacht voor een prik',
    'Waarom mag ik niet meer bij mijn vader op bezoek? Jullie zijn onmenselijk',
    // described without a complaint word
    'Mijn moeder lag vanochtend weer in een nat bed toen ik kwam.',
    'They charged us twice for the same appointment this month.',
    'De verpleging zou me terugbellen, maar ik ben nooit teruggebeld.',
    'Her medication was forgotten again yesterday evening.',
  ])('raises on: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });

  it.each([
    'Goedemorgen, ik heb een vraag over mijn factuur van de fysiotherapie.',
    'Dank jullie wel voor de goede zorg!',
    '@zorggroep wanneer krijgen jullie medewerkers eindelijk een fatsoenlijke cao?',
    'Ik zie het niet meer zitten. Niemand helpt me.',
    'Jullie zijn een stelletje incompetente klootzakken, ik kom jullie kantoor slopen',
  ])('stays quiet on: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it('is normal priority on its own', () => {
    expect(classify('Ik ben heel ontevreden over de zorg', dm).priority).toBe('normal');
  });
});
