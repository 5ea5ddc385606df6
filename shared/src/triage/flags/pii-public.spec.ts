import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const pub: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
const dm: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const pii = (text: string, ctx = pub) => classify(text, ctx).flags.find((f) => f.code === 'pii_public');

describe('pii_public', () => {
  it.each([
    'Mijn BSN is 628194821, zoek het maar uit.',
    'Mijn rijksregisternummer is 61.02.14-117.79',
    'Bel me even terug op 06-12345678',
    'Mail me maar op s.devries@example.nl',
    'mijn adres is Kerkstraat 12, 9711 AB Groningen',
    'His name is Tom, born 12-04-2016.',
    'patiëntnummer 4482913',
    'IBAN NL91ABNA0417164300 graag terugstorten',
    'gsm 0475 12 34 56',
  ])('raises on a public channel: %s', (text) => {
    expect(pii(text)).toBeDefined();
  });

  it.each([
    'Bestelnummer 532650201 is nog steeds niet geleverd',
    'Bel 113 of 0800-0113, of 112 bij nood',
    'afspraak op 03-09-2025 om 10:30',
    'We zijn 100 jaar! Feest op 12-04-2025',
    'Ik woon in 9711 AB',
  ])('stays quiet on: %s', (text) => {
    expect(pii(text)).toBeUndefined();
  });

  it('is only raised on public channels', () => {
    expect(pii('Mijn BSN is 628194821', dm)).toBeUndefined();
  });

  it('points the evidence at the identifier', () => {
    const text = 'Bel me op 06-12345678 aub';
    expect(pii(text)!.evidence.map((e) => text.slice(e.start, e.end))).toEqual(['06-12345678']);
  });

  it('warns on a public draft with an identifier', () => {
    const draft: TriageContext = { ...pub, draft: true };
    expect(pii('We bellen u terug op 06-12345678.', draft)).toBeDefined();
  });
});
