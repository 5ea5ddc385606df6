import { isApiError } from '../api/client';
import type { Translate } from '../i18n/i18n';

/** A short, human message for any error the API client can throw. */
export function errorMessage(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.status === 0) return t('error.network');
    if (error.status === 403) return t('error.forbidden');
    if (error.message) return error.message;
  }
  return t('error.generic');
}
