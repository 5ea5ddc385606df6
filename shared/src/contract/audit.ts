import type { Role } from './api';

export interface AuditQuery {
  from?: string;
  to?: string;
  actor?: string;
  conversation?: string;
  /** Who accessed this person's data (a GDPR access request). */
  contact?: string;
  action?: string;
  /** Part of the acting user's name or e-mail (the viewer filters by names, not ids). */
  actorName?: string;
  /** Part of the person's name. */
  personName?: string;
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
  /** Set on lines written before pseudonyms; newer lines name the person by `contactRef` only. */
  contactId: string | null;
  /** Keyed-hash pseudonym of the person (stays after an erasure, the chain unchanged). */
  contactRef?: string | null;
  /** The person's current name where it is still held (never after an erasure). */
  contactName?: string | null;
  /** The action in plain words, Dutch and English. */
  label?: { nl: string; en: string };
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
  /**
   * The signed checkpoints kept outside the database: removing the last lines leaves the chain intact but
   * breaks these (`ok` is false then too).
   */
  anchored?: { ok: boolean; checkpoints: number; problem?: string };
}

/** A signed checkpoint of the chain head, kept outside the database (append-only file). */
export interface AuditCheckpoint {
  at: string;
  lastId: string;
  count: number;
  hash: string;
  /** Base64 Ed25519 signature over `${at}|${lastId}|${count}|${hash}`. */
  signature: string;
}

/** `GET /api/audit/checkpoints`: for an auditor, with the key to check the signatures. */
export interface AuditCheckpointExport {
  publicKey: string;
  checkpoints: AuditCheckpoint[];
  /** Whether the log still holds every checkpointed line with the same hash (truncation detected if not). */
  verified: { ok: boolean; problem?: string };
}
