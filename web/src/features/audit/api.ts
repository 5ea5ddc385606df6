import type { ApiErrorBody, AuditPage, AuditQuery, AuditVerification } from '@webcare/shared';
import { ApiError, apiRequest, getToken } from '../../api/client';

export function fetchAuditPage(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/api/audit', { query: { ...query }, signal });
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return apiRequest<AuditVerification>('/api/audit/verify');
}

/** Downloads the access log with the current filters as CSV for Excel (with the bearer token). */
export async function downloadAuditCsv(query: AuditQuery): Promise<void> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '' && key !== 'cursor' && key !== 'limit') {
      params.set(key, String(value));
    }
  }
  const response = await fetch(`/api/audit/export.csv?${params.toString()}`, {
    headers: { Authorization: `Bearer ${getToken() ?? ''}` },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
    throw new ApiError(response.status, response.statusText, body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'toegangslog.csv';
  link.click();
  URL.revokeObjectURL(url);
}
