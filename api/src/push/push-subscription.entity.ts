import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A phone or laptop of an advisor or supervisor subscribed to Web Push (one row per endpoint). */
@Entity('push_subscriptions')
@Index('uq_push_subscriptions_endpoint', ['endpoint'], { unique: true })
@Index('ix_push_subscriptions_user', ['userId'])
export class PushSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The push service's URL for this browser. */
  @Column({ type: 'text' })
  endpoint: string;

  /** The browser's P-256 public key and auth secret (base64url), for aes128gcm. */
  @Column({ type: 'text' })
  p256dh: string;

  @Column({ type: 'text' })
  auth: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
