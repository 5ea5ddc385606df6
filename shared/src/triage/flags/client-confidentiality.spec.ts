import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const dm: TriageContext = { channel: 'x_dm', visibility: 'private' };
const pub: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
const asks = (text: string, ctx = dm): boolean =>
  classify(text, ctx).flags.some((f) => f.code === 'client_confidentiality');

describe('client_confidentiality', () => {
  it.each([
    'Ligt Marieke Bosman bij jullie op de IC?',
    'Kun je me vertellen of Fatima El Amrani bij jullie is opgenomen?',
    'Kunt u mij zeggen of mijn buurman bij jullie in de kliniek zit?',
    'Op welke locatie woont Jessica nu?',
    'Welke dagen is hij alleen op zijn kamer?',
    'Is mijn vader al opgenomen?',
    '@ziekenhuis ligt mijn oom nog bij jullie?',
    'Is John Smith a patient at your hospital?',
    'Waar woont Kevin nu?',
    'Is meneer de Vries van kamer 12 nog bij jullie?',
    'Is Sanne de Jong nog steeds opgenomen? We missen haar op school',
  ])('raises on: %s', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'Mijn moeder ligt sinds gisteren op afdeling B3, mogen we op bezoek?',
    'ik woon bij jullie op de groep',
    'Is de parkeergarage bij jullie weer open?',
    'Is er bij jullie een huisartsenpost?',
    'Werkt mijn zus daar nog steeds?',
    'Waar ligt de afdeling neurologie?',
  ])('stays quiet on: %s', (text) => {
    expect(asks(text)).toBe(false);
  });

  it('is normal priority on its own and is answered where it came in', () => {
    // The answer is the standard one (we neither confirm nor deny who is in our care): no call needed.
    const r = classify('Kunt u mij zeggen of mijn buurman bij jullie in de kliniek zit?', dm);
    expect(r.priority).toBe('normal');
    expect(r.suggestedSwitch).toBeNull();
  });

  it('warns on a draft that confirms someone is here', () => {
    const draft: TriageContext = { ...pub, draft: true };
    expect(asks('Mevrouw Bosman ligt inderdaad bij ons op de IC.', draft)).toBe(true);
    expect(asks('Uw vader is bij ons opgenomen op afdeling 3.', draft)).toBe(true);
    expect(asks('Wij kunnen niets zeggen over wie er bij ons verblijft.', draft)).toBe(false);
  });
});
