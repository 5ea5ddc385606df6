import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const dm: TriageContext = { channel: 'messenger', visibility: 'private' };
const press = (text: string): boolean => classify(text, dm).flags.some((f) => f.code === 'press');

describe('press', () => {
  it.each([
    'Goedemiddag, ik ben journalist bij het Dagblad van het Noorden en werk aan een artikel over de wachtlijsten. Wie kan ik spreken?',
    'hoi, ik ben redacteur bij Zembla. Kan uw woordvoerder reageren?',
    "Hi, I'm a reporter with a national newspaper. Can someone from your press office call me?",
    'Wij maken een reportage voor de VRT over de zorg. Wilt u reageren?',
    'Verslaggever Omroep Brabant: graag een reactie op het datalek.',
    'I am writing a piece for The Guardian about elderly care, could your spokesperson comment?',
  ])('raises on: %s', (text) => {
    expect(press(text)).toBe(true);
  });

  it.each([
    'Ik las in de krant over jullie nieuwe afdeling, mooi!',
    'Great article about living with a chronic illness, thanks for sharing.',
    'Ik zag jullie op tv, ik heb een vraag over mijn afspraak',
    'Ik ben verpleegkundige en wil graag bij jullie werken',
  ])('stays quiet on: %s', (text) => {
    expect(press(text)).toBe(false);
  });

  it('is high priority and stays on the channel', () => {
    const r = classify('Ik ben journalist, kan ik iemand spreken?', dm);
    expect(r.priority).toBe('high');
    expect(r.suggestedSwitch).toBeNull();
  });
});
