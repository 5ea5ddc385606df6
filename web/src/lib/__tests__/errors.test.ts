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

  it("passes on the server's own message, else a generic one", () => {
    expect(errorMessage(new ApiError(409, 'Already escalated'), t)).toBe('Already escalated');
    expect(errorMessage(new ApiError(500, ''), t)).toBe('Er ging iets mis.');
    expect(errorMessage(new Error('boom'), t)).toBe('Er ging iets mis.');
  });
});
