import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const withImage: TriageContext = {
  channel: 'whatsapp',
  visibility: 'private',
  attachments: [{ type: 'image' }],
};
const withVideo: TriageContext = {
  channel: 'instagram_dm',
  visibility: 'private',
  attachments: [{ type: 'video' }],
};
const noMedia: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const explicit = (text: string, ctx = withImage): boolean =>
  classify(text, ctx).flags.some((f) => f.code === 'explicit_media');

describe('explicit_media', () => {
  it.each([
    'kijk wat ik voor je heb 😘 niet laten zien aan anderen',
    "ik heb zo'n zin in je, stuur eens een foto terug",
    'ik heb goesting in u',
    'naaktfoto voor jou',
    'sexy he?',
    '🍆🍑',
  ])('raises with an image on: %s', (text) => {
    expect(explicit(text)).toBe(true);
  });

  it('raises with a video too', () => {
    expect(explicit('alleen voor jou 😏', withVideo)).toBe(true);
  });

  it.each([
    '',
    'Ik stuur even een foto van de wond aan mijn been, is dit ontstoken?',
    'Hier is een foto van de uitnodiging voor de disco',
    'foto van mijn verwijsbrief',
  ])('stays quiet on ordinary pictures: %s', (text) => {
    expect(explicit(text)).toBe(false);
  });

  it('needs an image or video', () => {
    expect(explicit('ik heb zin in je', noMedia)).toBe(false);
  });

  it('is high priority and suggests no switch', () => {
    const r = classify('stuur eens een foto terug 😘', withImage);
    expect(r.priority).toBe('high');
    expect(r.suggestedSwitch).toBeNull();
  });
});
