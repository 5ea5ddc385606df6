import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per key (an account, an address, or the two together), shared by every replica and
 * kept across restarts. `blocked_until` is when the next attempt for the key may be checked.
 */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_login_throttle' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt: Date;

  @Column({ name: 'blocked_until', type: 'timestamptz', nullable: true })
  blockedUntil: Date | null;
}
