import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A finished single sign-on waiting for the console to trade it for a session: the SHA-256 of the
 * random code in the browser's cookie, usable once and for a short time, shared by every replica.
 */
@Entity('sso_login_codes')
export class SsoLoginCodeEntity {
  @PrimaryColumn({ name: 'code_hash', type: 'text', primaryKeyConstraintName: 'pk_sso_login_codes' })
  codeHash: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** The provider's login named a second factor (`amr`). */
  @Column({ type: 'boolean' })
  mfa: boolean;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
