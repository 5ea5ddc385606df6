import type { TriageContext } from '../contract/triage';
import { classifyWith } from './classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const pub: TriageContext = { channel: 'facebook_comment', visibility: 'public' };
const dm: TriageContext = { channel: 'whatsapp', visibility: 'private' };
const priority = (text: string, ctx = dm) => classify(text, ctx).priority;

describe('priority', () => {
  it('is urgent for crisis and safeguarding', () => {
    expect(priority('ik wil niet meer leven')).toBe('urgent');
    expect(priority('mijn vriend slaat mij')).toBe('urgent');
  });

  it('is high for other flags except complaint and client confidentiality', () => {
    expect(priority('Ik heb sinds maart borstkanker', pub)).toBe('high');
    expect(priority('Ik ben journalist bij de krant, kan ik iemand spreken?')).toBe('high');
    expect(priority('Schandalig, al weken geen antwoord')).toBe('normal');
    expect(priority('Is mijn vader bij jullie opgenomen?')).toBe('normal');
  });

  it.each([
    'Wat een mooie actie van jullie vrijwilligers afgelopen zaterdag! 👏',
    'Dank je wel! Fijne dag nog 🙂',
    'Gefeliciteerd met jullie 100-jarig bestaan!',
    'Jullie personeel verdient een oppepper, wat een werk doen ze 💪',
    'Bedankt voor alles ❤️',
    'merci voor de goede zorg, echt top',
    'Proficiat met de nieuwe afdeling!',
  ])('is low for thanks and compliments: %s', (text) => {
    expect(priority(text, pub)).toBe('low');
  });

  it.each([
    'Wat een mooie foto! Werkt mijn zus daar nog steeds?',
    'Bedankt! Kunnen jullie me nog de folder sturen',
    'Dank u, graag een afspraak volgende week',
    'Dank u wel voor de snelle reactie. Ik heb nog een vraag over mijn afspraak.',
    'Hoe laat gaat de polikliniek open?',
    '',
  ])('is normal when there is a question or request: %s', (text) => {
    expect(priority(text, pub)).toBe('normal');
  });
});
