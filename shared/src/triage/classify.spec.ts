import { FLAG_CODES, type TriageContext } from '../contract/triage';
import { classify } from './classify';

const pub: TriageContext = { channel: 'x_mention', visibility: 'public' };

describe('classify', () => {
  it('returns flags in a fixed order with evidence inside the text', () => {
    const text =
      '@ziekenhuis mijn adres is Kerkstraat 12, 9711 AB Groningen, stuur de ambulance nu, mijn vrouw is bewusteloos!!';
    const r = classify(text, pub);
    expect(r.flags.map((f) => f.code)).toEqual(['crisis', 'medical_public', 'pii_public']);
    expect(r.priority).toBe('urgent');
    for (const f of r.flags) {
      expect(FLAG_CODES).toContain(f.code);
      for (const e of f.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.end).toBeGreaterThan(e.start);
      }
    }
  });

  it('only reports what is unsafe to post when checking a draft', () => {
    const draft: TriageContext = { channel: 'facebook_comment', visibility: 'public', draft: true };
    const r = classify(
      'Beste mevrouw, wat vervelend dat uw moeder met een longontsteking bij ons is opgenomen. Bel ons op 06-12345678.',
      draft,
    );
    expect(r.flags.map((f) => f.code).sort()).toEqual([
      'client_confidentiality',
      'medical_public',
      'pii_public',
    ]);
    expect(r.suggestedSwitch).toBeNull();
  });

  it('finds nothing unsafe in a plain public draft', () => {
    const draft: TriageContext = { channel: 'facebook_comment', visibility: 'public', draft: true };
    const r = classify('Dank u wel voor uw bericht. We sturen u een privébericht.', draft);
    expect(r.flags).toEqual([]);
  });

  it('survives empty and odd input', () => {
    expect(classify('', pub)).toEqual({ flags: [], priority: 'normal', suggestedSwitch: null });
    expect(classify('\u0000\uffff\ud800', pub).flags).toEqual([]);
    expect(classify(undefined as unknown as string, pub).flags).toEqual([]);
  });

  it('treats the channel as public when the visibility says so', () => {
    const r = classify('Ik heb sinds maart borstkanker', {
      channel: 'facebook_comment',
      visibility: 'public',
    });
    expect(r.flags.map((f) => f.code)).toContain('medical_public');
  });
});
