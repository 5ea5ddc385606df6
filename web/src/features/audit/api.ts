import type { AuditPage, AuditQuery, AuditVerification } from '@webcare/shared';
import { apiDownload, apiRequest } from '../../api/client';

export function fetchAuditPage(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/api/audit', { query: { ...query }, signal });
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return apiRequest<AuditVerification>('/api/audit/verify');
}

/** The filtered log as CSV (Dutch Excel) for the privacy officer. */
export function exportAuditCsv(query: AuditQuery): Promise<void> {
  return apiDownload('/api/audit/export', 'toegangslog.csv', { ...query });
}
