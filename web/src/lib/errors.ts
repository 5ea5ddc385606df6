import { isApiError } from '../api/client';
import type { MessageKey, Translate } from '../i18n/i18n';
import { nl } from '../i18n/nl';

/**
 * A short, human message for any error the API client can throw, always in the console's language:
 * the error's code picks the words (the server's own message is English and meant for developers).
 */
export function errorMessage(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('error.network');
    const byCode = `error.code.${error.code ?? ''}`;
    if (byCode in nl) return t(byCode as MessageKey);
    if (error.status === 403) return t('error.forbidden');
    if (error.status === 401) return t('error.code.UNAUTHORIZED');
    if (error.status === 404) return t('error.code.NOT_FOUND');
    if (error.status === 409) return t('error.conflict');
    if (error.status === 429) return t('error.code.RATE_LIMITED');
    if (error.status >= 400 && error.status < 500) return t('error.code.VALIDATION_FAILED');
    if (error.status >= 500) return t('error.server');
  }
  return t('error.generic');
}
