import type { Role } from './api';

export interface AuditQuery {
  from?: string;
  to?: string;
  actor?: string;
  conversation?: string;
  /** Who accessed this person's data (a GDPR access request). */
  contact?: string;
  action?: string;
  limit?: number;
  cursor?: string;
}

/** One access-log line (NEN 7513): who, in which role, did what, with whose data, when, from where. */
export interface AuditItem {
  id: string;
  at: string;
  actor: { id: string | null; role: Role | 'system' | null; name?: string | null };
  onBehalfOf: string | null;
  action: string;
  conversationId: string | null;
  contactId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  items: AuditItem[];
  nextCursor: string | null;
}

/** `GET /api/audit/verify`: the hash chain recomputed from the first entry. */
export interface AuditVerification {
  ok: boolean;
  count: number;
  /** The first entry whose hash or link to its predecessor does not match (altered or removed before it). */
  firstBrokenId?: string;
}
