import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** An anonymous visitor of a widget: known only by the token kept in their browser. */
@Entity('webchat_visitors')
@Index('ix_webchat_visitors_seen', ['lastSeenAt'])
export class WebchatVisitorEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'account_key', type: 'text' })
  accountKey: string;

  /** An agent asked for a number to call back on, and none was given yet. */
  @Column({ name: 'phone_requested_at', type: 'timestamptz', nullable: true })
  phoneRequestedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;
}
