import type { WidgetAccount, WidgetAccountInput } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export async function fetchWidgetAccounts(signal?: AbortSignal): Promise<WidgetAccount[]> {
  return (await apiRequest<{ items: WidgetAccount[] }>('/api/widget-accounts', { signal })).items;
}

/** Creates the account of this key, or replaces it. */
export function saveWidgetAccount(key: string, input: WidgetAccountInput): Promise<WidgetAccount> {
  return apiRequest<WidgetAccount>(`/api/widget-accounts/${encodeURIComponent(key)}`, {
    method: 'PUT',
    body: input,
  });
}
