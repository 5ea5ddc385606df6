import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { translate } from '../../i18n/i18n';
import { errorMessage } from '../errors';

const t = (key: Parameters<typeof translate>[1]) => translate('nl', key);

describe('errorMessage', () => {
  it('names a network failure and a refusal in plain words', () => {
    expect(errorMessage(new ApiError(0, 'Network error'), t)).toBe('Geen verbinding met de server.');
    expect(errorMessage(new ApiError(403, 'Forbidden'), t)).toBe('Je hebt hier geen toegang toe.');
  });

  it("never shows the server's English words: the code picks the console's own", () => {
    const tooLong = new ApiError(400, 'text must be shorter than or equal to 2000 characters', {
      code: 'VALIDATION_FAILED',
    });
    expect(errorMessage(tooLong, t)).toBe('Dit klopt nog niet: controleer wat je hebt ingevuld.');
    expect(errorMessage(new ApiError(409, 'Already escalated', { code: 'ESCALATION_CONFLICT' }), t)).toBe(
      'Deze escalatie is al door iemand anders opgepakt of afgerond.',
    );
    expect(errorMessage(new ApiError(409, 'Already escalated'), t)).toBe(
      'Iemand anders heeft dit net gewijzigd. Laad opnieuw en probeer het nog eens.',
    );
    expect(errorMessage(new ApiError(500, 'Internal'), t)).toBe(
      'De server kon dit nu niet afhandelen. Probeer het zo opnieuw.',
    );
    expect(errorMessage(new Error('boom'), t)).toBe('Er ging iets mis.');
  });

  it('answers in English when the console is in English', () => {
    const en = (key: Parameters<typeof translate>[1]) => translate('en', key);
    expect(
      errorMessage(new ApiError(404, 'Conversation not found', { code: 'CONVERSATION_NOT_FOUND' }), en),
    ).toBe('This conversation does not exist (any more).');
  });
});
