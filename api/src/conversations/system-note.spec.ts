import { systemNoteText } from './system-note';

describe('system notes in Dutch', () => {
  it('words escalation notes', () => {
    expect(
      systemNoteText({
        code: 'escalation.created',
        params: { team: 'Regio Noord', mode: 'handover', reason: 'Zorgen' },
      }),
    ).toBe('Geëscaleerd naar Regio Noord (overdracht): Zorgen');
    expect(systemNoteText({ code: 'escalation.returned', params: { name: 'Ilse', to: null } })).toBe(
      'Ilse geeft het gesprek terug',
    );
  });

  it('words call-back outcomes with the note after them', () => {
    expect(
      systemNoteText({ code: 'call_back.outcome', params: { outcome: 'reached', due: null, note: null } }),
    ).toBe('Teruggebeld: bereikt');
    expect(
      systemNoteText({
        code: 'call_back.outcome',
        params: { outcome: 'retry', due: '2026-01-05T13:30:00.000Z', note: 'voicemail' },
      }),
    ).toMatch(/^Teruggebeld: niet bereikt, nieuwe poging uiterlijk 05-01-2026,? 14:30: voicemail$/);
  });

  it('words a channel switch', () => {
    expect(systemNoteText({ code: 'switch.sent', params: { kind: 'call_back' } })).toBe(
      'Kanaalwissel naar terugbellen: standaardantwoord verstuurd.',
    );
  });
});
