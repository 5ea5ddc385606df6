import type { ErasureResult, RetentionRunResult, RetentionSettings } from '@webcare/shared';
import { apiDownload, apiRequest } from '../../api/client';

export function downloadSubjectExport(contactId: string, format: 'json' | 'pdf'): Promise<void> {
  return apiDownload(
    `/api/contacts/${encodeURIComponent(contactId)}/export`,
    `gegevens-${contactId}.${format}`,
    {
      format,
    },
  );
}

export function eraseContact(contactId: string, reason: string, confirm: boolean): Promise<ErasureResult> {
  return apiRequest<ErasureResult>(`/api/contacts/${encodeURIComponent(contactId)}/erasure`, {
    method: 'POST',
    body: { reason, confirm },
  });
}

export function fetchRetention(signal?: AbortSignal): Promise<RetentionSettings> {
  return apiRequest<RetentionSettings>('/api/settings/retention', { signal });
}

export function saveRetention(settings: Partial<RetentionSettings>): Promise<RetentionSettings> {
  return apiRequest<RetentionSettings>('/api/settings/retention', { method: 'PUT', body: settings });
}

export function runRetention(): Promise<RetentionRunResult> {
  return apiRequest<RetentionRunResult>('/api/retention/run', { method: 'POST' });
}
