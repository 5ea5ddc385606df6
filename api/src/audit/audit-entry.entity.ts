import type { Role } from '@webcare/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * NEN 7513 access log line: who (user, role, on whose behalf), what action, whose data, when, from where.
 * Never content. Append-only and hash-chained: hash = sha256(prevHash + canonical fields).
 */
@Entity('audit_log')
@Index('ix_audit_log_at', ['at'])
@Index('ix_audit_log_conversation', ['conversationId', 'at'])
@Index('ix_audit_log_actor', ['actorId', 'at'])
@Index('ix_audit_log_contact_ref', ['contactRef', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_role', type: 'text', nullable: true })
  actorRole: Role | 'system' | null;

  @Column({ name: 'on_behalf_of', type: 'uuid', nullable: true })
  onBehalfOf: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'conversation_id', type: 'uuid', nullable: true })
  conversationId: string | null;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  /** Keyed-hash pseudonym of the contact (newer lines): erasure leaves the line as it is. */
  @Column({ name: 'contact_ref', type: 'text', nullable: true })
  contactRef: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  /** Non-content details: ids, counts, the target user or status. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
