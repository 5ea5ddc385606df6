import type { Provider } from '@webcare/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One event of a delivery (a message, an echo, a status). Unique on provider + the provider's id,
 * so a redelivered webhook inserts nothing and enqueues nothing.
 */
@Entity('inbound_events')
@Unique('uq_inbound_events_provider_key', ['provider', 'dedupeKey'])
@Index('ix_inbound_events_unprocessed', ['receivedAt'], { where: 'processed_at IS NULL' })
export class InboundEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  provider: Provider;

  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId: string;

  @Column({ type: 'text' })
  kind: string;

  /** The parsed InboundEvent (dates as ISO strings). */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  /** How often a worker claimed the event (the outbox's attempt count; 0 again after a retry). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Claimed by a worker until then (extended while it works), or not to be tried before then. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  /** Set when the last retry failed too: the event is listed for supervisors until retried. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  /** Why processing failed last (a code, never message content). */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
