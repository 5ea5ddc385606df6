import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const dm: TriageContext = { channel: 'messenger', visibility: 'private' };
const advice = (text: string, ctx = dm): boolean =>
  classify(text, ctx).flags.some((f) => f.code === 'medical_advice');

describe('medical_advice', () => {
  it.each([
    'Mag ik mijn bloedverdunners gewoon blijven slikken voor de operatie volgende week?',
    'Mag je met epilepsie eigenlijk wel autorijden?',
    'Hallo, mijn man heeft dementie en wordt steeds onrustiger. Wat kan ik doen?',
    'Ik krijg mijn medicijnen niet goed mee naar de dagbesteding.',
    'Hoeveel paracetamol mag mijn dochter van 6 nemen?',
    'Ik heb al drie dagen koorts, is dat normaal na de prik?',
    'Can I take ibuprofen with my antibiotics?',
    'Welke bijwerkingen heeft deze medicatie?',
    'ik ben mijn pillen vergeten, moet ik er nu twee nemen?',
  ])('raises on: %s', (text) => {
    expect(advice(text)).toBe(true);
  });

  it('reads an image with "is dit ontstoken?" as an advice question', () => {
    const ctx: TriageContext = { ...dm, attachments: [{ type: 'image' }] };
    expect(advice('Ik stuur even een foto van de wond aan mijn been, is dit ontstoken?', ctx)).toBe(true);
  });

  it.each([
    'Kan ik bij jullie een second opinion krijgen bij dr. Jansen?',
    'Mijn moeder ligt met een longontsteking op B3, mogen we vanavond op bezoek?',
    'Mijn zoon met downsyndroom wordt 18, hoe gaat het dan met zijn indicatie?',
    'Kunnen jullie de uitslag van mijn bloedonderzoek hier sturen?',
    'Is het normaal dat ik nog geen antwoord heb op mijn mail?',
    'een bewoner krijgt geld van een man. Wat moet ik doen?',
  ])('stays quiet on service questions: %s', (text) => {
    expect(advice(text)).toBe(false);
  });

  it('gives way to a crisis', () => {
    const r = classify('my father has chest pain right now, what should we do??', dm);
    expect(r.flags.map((f) => f.code)).toEqual(['crisis']);
  });
});
