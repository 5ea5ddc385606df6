import type { TriageContext } from '../contract/triage';
import { classifyWith } from './classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

/** Flemish usage: "ge/gij", "goesting", "nen", "zorgkas", "mutualiteit", "kine", "merci", "proficiat". */
const be: TriageContext = { channel: 'whatsapp', visibility: 'private', sender: { country: 'BE' } };
const bePublic: TriageContext = {
  channel: 'facebook_comment',
  visibility: 'public',
  sender: { country: 'BE' },
};
const codes = (text: string, ctx = be) => classify(text, ctx).flags.map((f) => f.code);

describe('Flemish messages', () => {
  it('reads crisis wording with Flemish words and chat spelling', () => {
    expect(codes('ik heb geen goesting meer in het leven')).toContain('crisis');
    expect(codes('kga er een einde aan maken vannacht')).toContain('crisis');
    expect(codes('ik wil ni meer leven')).toContain('crisis');
  });

  it('names the Zelfmoordlijn 1813 and 112 in the reply', () => {
    const s = classify('ik wil ni meer leven', be).suggestedSwitch!;
    expect(s.template.nl).toMatch(/1813/);
    expect(s.template.nl).toMatch(/112/);
  });

  it('reads a medical question with "ge" and "nen"', () => {
    expect(codes('Hebt ge nen dokter voor mijn diabetes? Mag ik nog suiker eten?')).toContain(
      'medical_advice',
    );
  });

  it('reads a public complaint about the zorgkas and the kine', () => {
    expect(codes('Mijn zorgkas betaalt mijn kine niet terug, schandalig!', bePublic)).toEqual([
      'medical_public',
      'complaint',
    ]);
  });

  it('reads abuse with "gij" and "u"', () => {
    expect(codes('gij zijt een stelletje zakken, ik sla u op uw bakkes')).toContain('aggression');
  });

  it('takes "merci" and "proficiat" as thanks', () => {
    expect(classify('Merci aan de verpleging van 3B, echt content van de zorg!', bePublic).priority).toBe(
      'low',
    );
    expect(classify('Proficiat met de nieuwe afdeling!', bePublic).priority).toBe('low');
  });

  it('validates a rijksregisternummer of someone born after 2000 and asks for a secure channel', () => {
    const r = classify('mijn rijksregisternummer is 05.03.15-123.67 kunt ge mijn attest doorsturen', be);
    expect(r.suggestedSwitch?.kind).toBe('secure_channel');
    const pub = classify('mijn rijksregisternummer is 05.03.15-123.67', bePublic);
    expect(pub.flags.map((f) => f.code)).toEqual(['pii_public']);
  });

  it('reads a Belgian mobile number in public', () => {
    expect(codes('bel mij op 0475 12 34 56 aub ivm mijn opname', bePublic)).toContain('pii_public');
  });
});
