import type { AuditPage, AuditQuery, AuditVerification } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchAuditPage(query: AuditQuery, signal?: AbortSignal): Promise<AuditPage> {
  return apiRequest<AuditPage>('/api/audit', { query: { ...query }, signal });
}

export function verifyAuditChain(): Promise<AuditVerification> {
  return apiRequest<AuditVerification>('/api/audit/verify');
}
