import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AdminUser, ERROR_CODES, type Role, type UserSummary } from '@webcare/shared';
import { AppException } from '../common/app.exception';
import { randomBytes } from 'node:crypto';
import * as bcrypt from 'bcryptjs';
import { Repository } from 'typeorm';
import { UserEntity } from './user.entity';

export function toUserSummary(user: UserEntity): UserSummary {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export function toAdminUser(user: UserEntity): AdminUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    twoFactor: user.totpSecret !== null,
    sso: user.ssoSubject !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export class UserConflictException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.userConflict, 409, message);
  }
}

export class UserNotFoundException extends AppException {
  constructor() {
    super(ERROR_CODES.userNotFound, 404, 'There is no such user');
  }
}

/** What decides whether a token still counts. */
export interface SessionState {
  active: boolean;
  role: Role;
  name: string;
  /** Tokens carry this as `sv`; a token with another value was revoked. */
  sessionVersion: number;
  twoFactor: boolean;
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The user for these credentials, or null; the same time is spent whether the e-mail exists or not. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase(), active: true } });
    const hash = user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva';
    const ok = await bcrypt.compare(password, hash);
    return ok && user ? user : null;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { teams: true } });
  }

  async list(): Promise<UserSummary[]> {
    const users = await this.users.find({ where: { active: true }, order: { name: 'ASC' } });
    return users.map(toUserSummary);
  }

  async teamIdsOf(userId: string): Promise<string[]> {
    const rows: { team_id: string }[] = await this.users.query(
      'SELECT team_id FROM team_members WHERE user_id = $1',
      [userId],
    );
    return rows.map((row) => row.team_id);
  }

  /** Team membership is kept with the user (team_members): advisors see what is escalated to their teams. */
  async joinTeam(userId: string, teamId: string): Promise<void> {
    await this.users.query(
      'INSERT INTO team_members (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [teamId, userId],
    );
  }

  async leaveTeam(userId: string, teamId: string): Promise<void> {
    await this.users.query('DELETE FROM team_members WHERE team_id = $1 AND user_id = $2', [teamId, userId]);
  }

  /** Creates the user if the e-mail is new; returns the stored one. Used by the demo seed and admin. */
  async ensure(input: { email: string; name: string; role: Role; password: string }): Promise<UserEntity> {
    const email = input.email.toLowerCase();
    const existing = await this.users.findOne({ where: { email } });
    if (existing) return existing;
    const passwordHash = await bcrypt.hash(input.password, 10);
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, name: input.name, role: input.role, passwordHash })
      .orIgnore()
      .execute();
    return this.users.findOneOrFail({ where: { email } });
  }

  async sessionState(id: string): Promise<SessionState | null> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) return null;
    return {
      active: user.active,
      role: user.role,
      name: user.name,
      sessionVersion: user.sessionsValidAfter?.getTime() ?? 0,
      twoFactor: user.totpSecret !== null,
    };
  }

  findWithSecrets(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id } });
  }

  async adminList(): Promise<AdminUser[]> {
    const users = await this.users.find({ order: { active: 'DESC', name: 'ASC' } });
    return users.map(toAdminUser);
  }

  async create(input: { email: string; name: string; role: Role; password: string }): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    if (await this.users.exists({ where: { email } })) {
      throw new UserConflictException('A user with this e-mail address exists already');
    }
    const passwordHash = await bcrypt.hash(input.password, 10);
    const result = await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, name: input.name.trim(), role: input.role, passwordHash })
      .orIgnore()
      .returning('id')
      .execute();
    if (result.raw.length === 0)
      throw new UserConflictException('A user with this e-mail address exists already');
    return this.users.findOneOrFail({ where: { email } });
  }

  /** Role, name or active changes; a role change or deactivation ends every session of the user at once. */
  async update(id: string, change: { role?: Role; active?: boolean; name?: string }): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new UserNotFoundException();
    const revoke =
      (change.role !== undefined && change.role !== user.role) || (change.active === false && user.active);
    await this.users.update(
      { id },
      {
        ...(change.role !== undefined ? { role: change.role } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
        ...(change.name !== undefined ? { name: change.name.trim() } : {}),
        ...(revoke ? { sessionsValidAfter: new Date() } : {}),
      },
    );
    return this.users.findOneOrFail({ where: { id } });
  }

  async revokeSessions(id: string): Promise<void> {
    await this.users.update({ id }, { sessionsValidAfter: new Date() });
  }

  async setPendingTotp(id: string, secret: string): Promise<void> {
    await this.users.update({ id }, { totpPendingSecret: secret });
  }

  async enableTotp(id: string, step: number, recoveryHashes: string[]): Promise<void> {
    await this.users.query(
      `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(),
              totp_last_step = $2, recovery_codes = $3 WHERE id = $1 AND totp_pending_secret IS NOT NULL`,
      [id, step, JSON.stringify(recoveryHashes)],
    );
  }

  /** Takes a time step for the user; false when that step (or a later one) was used already. */
  async claimTotpStep(id: string, step: number): Promise<boolean> {
    const [rows] = await this.users.query<[unknown[], number]>(
      `UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)
       RETURNING id`,
      [id, step],
    );
    return rows.length === 1;
  }

  /** Removes one used recovery code (by its hash); false when another request used it first. */
  async consumeRecoveryCode(id: string, hash: string): Promise<boolean> {
    const [rows] = await this.users.query<[unknown[], number]>(
      `UPDATE users SET recovery_codes = recovery_codes - $2 WHERE id = $1 AND recovery_codes ? $2 RETURNING id`,
      [id, hash],
    );
    return rows.length === 1;
  }

  /** Admin: the user enrols again at the next login; their sessions end. */
  async resetTwoFactor(id: string): Promise<void> {
    const result = await this.users.update(
      { id },
      {
        totpSecret: null,
        totpPendingSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
        recoveryCodes: [],
        sessionsValidAfter: new Date(),
      },
    );
    if (!result.affected) throw new UserNotFoundException();
  }

  /** Single sign-on: the user with this subject, else the one with this e-mail (linked), else a new one. */
  async provisionSso(input: {
    subject: string;
    email: string;
    name: string;
    role: Role;
  }): Promise<UserEntity> {
    const bySubject = await this.users.findOne({ where: { ssoSubject: input.subject } });
    // A deactivated account stays as it is: the caller refuses it.
    if (bySubject && !bySubject.active) return bySubject;
    if (bySubject) {
      if (bySubject.role !== input.role || bySubject.name !== input.name) {
        await this.users.update({ id: bySubject.id }, { role: input.role, name: input.name });
      }
      return this.users.findOneOrFail({ where: { id: bySubject.id } });
    }
    const email = input.email.trim().toLowerCase();
    const byEmail = await this.users.findOne({ where: { email } });
    if (byEmail && !byEmail.active) return byEmail;
    if (byEmail) {
      await this.users.update(
        { id: byEmail.id },
        { ssoSubject: input.subject, role: input.role, name: input.name },
      );
      return this.users.findOneOrFail({ where: { id: byEmail.id } });
    }
    // No password: a random one nobody knows, so only single sign-on opens this account.
    const passwordHash = await bcrypt.hash(randomBytes(32).toString('hex'), 10);
    await this.users.insert({
      email,
      name: input.name,
      role: input.role,
      passwordHash,
      ssoSubject: input.subject,
    });
    return this.users.findOneOrFail({ where: { email } });
  }
}
