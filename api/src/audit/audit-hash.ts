import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  onBehalfOf: string | null;
  action: string;
  conversationId: string | null;
  /** Lines written before pseudonyms kept the contact's id here; newer lines leave it null. */
  contactId: string | null;
  /**
   * The keyed-hash pseudonym of the contact (HMAC-SHA256 with AUDIT_PSEUDONYM_KEY). Hashed into the
   * chain instead of the id, so erasing the person never needs a line changed. Absent on older lines,
   * which then hash exactly as before.
   */
  contactRef?: string;
  ip: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted, so a jsonb round trip (which reorders keys) hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function auditHash(prevHash: string, fields: HashedFields): string {
  const canonical = canonicalJson({ ...fields, at: fields.at.toISOString() });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

/** The pseudonym that stands for a contact in the access log. */
export function contactPseudonym(key: string, contactId: string): string {
  return createHmac('sha256', key).update(`contact:${contactId}`).digest('hex');
}
