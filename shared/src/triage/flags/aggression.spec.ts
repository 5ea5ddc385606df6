import type { TriageContext } from '../../contract/triage';
import { classifyWith } from '../classify';

/** The rules alone: the learned model is checked in engine.spec.ts. */
const classify = (text: string, context: TriageContext) => classifyWith(text, context, null);

const pub: TriageContext = { channel: 'x_mention', visibility: 'public' };
const aggressive = (text: string): boolean => classify(text, pub).flags.some((f) => f.code === 'aggression');

describe('aggression', () => {
  it.each([
    'Als die arts morgen weer dienst heeft kom ik verhaal halen, en niet met woorden.',
    '@ziekenhuis ik weet waar die chirurg woont. Let maar op.',
    'Jullie zijn een stelletje incompetente klootzakken, ik kom jullie kantoor slopen',
    'kankerlijers zijn jullie',
    'krijg de kanker met je wachtlijst',
    'kk ziekenhuis',
    'Jullie zijn echt kanker slecht',
    'jullie kk mongolen',
    'ik maak jullie allemaal kapot',
    'ik steek die tent in de fik',
    'fuck you and your hospital',
    'I will find you',
    'you idiots lost my file again',
    // veiled threats
    'Ik weet op welke school zijn kinderen zitten. Zeg dat maar tegen hem.',
    "tell your director he'll get what's coming to him",
    'Ik hoop dat dat gebouw van jullie afbrandt.',
    'ik zie die begeleider wel na haar dienst bij de bushalte',
    'Als ik die arts tegenkom trap ik hem in elkaar.',
  ])('raises on: %s', (text) => {
    expect(aggressive(text)).toBe(true);
  });

  it.each([
    'Ik heb sinds maart borstkanker',
    'Is er nieuws over de kankerzorg in regio Noord?',
    'De kankerafdeling was heel goed voor mijn vader',
    'Let maar op de bordjes bij de ingang, dan vind je het wel',
    'Wat een top team, kk goed gedaan',
    'ik maak me dood ongerust over mijn moeder',
    'schiet op met die uitslag aub',
  ])('stays quiet on: %s', (text) => {
    expect(aggressive(text)).toBe(false);
  });

  it('is high priority and suggests no switch', () => {
    const r = classify('Ik weet waar je woont. Pas maar op.', pub);
    expect(r.priority).toBe('high');
    expect(r.suggestedSwitch).toBeNull();
  });
});
