import type { Role } from '@webcare/shared';
import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from '../teams/team.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** TOTP secret (base32) once two-factor login is on. */
  @Column({ name: 'totp_secret', type: 'text', nullable: true })
  totpSecret: string | null;

  /** A secret being enrolled: becomes totpSecret when the first code from it is right. */
  @Column({ name: 'totp_pending_secret', type: 'text', nullable: true })
  totpPendingSecret: string | null;

  @Column({ name: 'totp_enabled_at', type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step used, so one code cannot be used twice. */
  @Column({ name: 'totp_last_step', type: 'bigint', nullable: true })
  totpLastStep: string | null;

  /** bcrypt hashes of the unused recovery codes. */
  @Column({ name: 'recovery_codes', type: 'jsonb', default: () => "'[]'" })
  recoveryCodes: string[];

  /** Tokens issued before this moment are refused (deactivation, role change, 2FA reset). */
  @Column({ name: 'sessions_valid_after', type: 'timestamptz', nullable: true })
  sessionsValidAfter: Date | null;

  /** Subject at the single sign-on provider, for users who sign in with it. */
  @Column({ name: 'sso_subject', type: 'text', nullable: true, unique: true })
  ssoSubject: string | null;

  @ManyToMany(() => TeamEntity, (team) => team.members)
  @JoinTable({
    name: 'team_members',
    joinColumn: { name: 'user_id' },
    inverseJoinColumn: { name: 'team_id' },
  })
  teams: TeamEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
