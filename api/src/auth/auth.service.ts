import { randomBytes } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ERROR_CODES, type LoginChallenge, type LoginResponse, type TwoFactorEnabled } from '@webcare/shared';
import * as bcrypt from 'bcryptjs';
import { AuditService } from '../audit/audit.service';
import { AppException } from '../common/app.exception';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import type { UserEntity } from '../users/user.entity';
import { toUserSummary, UsersService } from '../users/users.service';
import type { TokenPayload } from './jwt.strategy';
import { LoginLimiter } from './login-limiter';
import { SECOND_FACTOR_ROLES } from './two-factor.guard';
import { matchTotp, newTotpSecret, otpauthUrl } from './totp';

export class TwoFactorInvalidException extends AppException {
  constructor(message = 'The code is wrong or expired') {
    super(ERROR_CODES.twoFactorInvalid, 401, message);
  }
}

class TwoFactorConflictException extends AppException {
  constructor(message: string) {
    super(ERROR_CODES.userConflict, 409, message);
  }
}

const CHALLENGE_TTL_S = 5 * 60;
const RECOVERY_CODES = 10;

interface ChallengePayload {
  sub: string;
  purpose: '2fa';
}

@Injectable()
export class AuthService {
  constructor(
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly limiter: LoginLimiter,
    private readonly config: AppConfig,
  ) {}

  /** After the password: a session, or — with two-factor login on — a short challenge for the code. */
  async login(user: UserEntity, ip: string | null): Promise<LoginResponse | LoginChallenge> {
    if (user.totpSecret) {
      const payload: ChallengePayload = { sub: user.id, purpose: '2fa' };
      return { challengeToken: await this.jwt.signAsync(payload, { expiresIn: CHALLENGE_TTL_S }) };
    }
    await this.audit.record({ actor: { id: user.id, role: user.role, ip }, action: 'login' });
    return this.session(user, false);
  }

  /**
   * Single sign-on: the provider did the authentication. Its login counts as the second factor only when
   * it says so (`mfa`: its `amr` claim named a second factor); see OidcService.session.
   */
  async ssoLogin(user: UserEntity, ip: string | null, mfa: boolean): Promise<LoginResponse> {
    await this.audit.record({
      actor: { id: user.id, role: user.role, ip },
      action: 'login.sso',
      details: { secondFactor: mfa ? 'provider' : 'none' },
    });
    return this.session(user, mfa);
  }

  async session(user: UserEntity, mfa: boolean): Promise<LoginResponse> {
    const payload: TokenPayload = {
      sub: user.id,
      role: user.role,
      name: user.name,
      sv: user.sessionsValidAfter?.getTime() ?? 0,
      mfa,
    };
    return {
      accessToken: await this.jwt.signAsync(payload),
      user: {
        ...toUserSummary(user),
        twoFactor: user.totpSecret !== null,
        secondFactorSetupNeeded: this.config.twoFactorRequired && SECOND_FACTOR_ROLES.has(user.role) && !mfa,
      },
    };
  }

  /** The second step: a TOTP code or a recovery code; wrong codes are limited like wrong passwords. */
  async verifySecondFactor(challengeToken: string, code: string, ip: string | null): Promise<LoginResponse> {
    let challenge: ChallengePayload;
    try {
      challenge = await this.jwt.verifyAsync<ChallengePayload>(challengeToken);
    } catch {
      throw new TwoFactorInvalidException('The login step expired: log in again');
    }
    if (challenge.purpose !== '2fa')
      throw new TwoFactorInvalidException('The login step expired: log in again');
    const attempt = await this.limiter.begin('totp', challenge.sub, ip ?? 'unknown');
    if (!attempt.allowed) {
      throw new AppException(
        ERROR_CODES.rateLimited,
        429,
        `Too many wrong codes; try again in ${attempt.retryAfterS} seconds`,
      );
    }
    const user = await this.users.findWithSecrets(challenge.sub);
    if (!user || !user.active || !user.totpSecret) throw new TwoFactorInvalidException();
    const trimmed = code.replace(/\s/g, '');
    let usedRecovery = false;
    const step = matchTotp(
      user.totpSecret,
      trimmed,
      user.totpLastStep === null ? null : Number(user.totpLastStep),
    );
    if (step !== null) {
      if (!(await this.users.claimTotpStep(user.id, step))) throw new TwoFactorInvalidException();
    } else {
      const hash = await this.matchRecoveryCode(user.recoveryCodes, trimmed.toLowerCase());
      if (!hash || !(await this.users.consumeRecoveryCode(user.id, hash)))
        throw new TwoFactorInvalidException();
      usedRecovery = true;
    }
    await this.limiter.succeeded(attempt);
    await this.audit.record({
      actor: { id: user.id, role: user.role, ip },
      action: usedRecovery ? '2fa.recovery_used' : 'login',
      details: { secondFactor: usedRecovery ? 'recovery_code' : 'totp' },
    });
    if (usedRecovery)
      await this.audit.record({ actor: { id: user.id, role: user.role, ip }, action: 'login' });
    return this.session(user, true);
  }

  /** Enrolment, step one: a new secret for the authenticator app (kept pending until a code proves it). */
  async setup(actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.users.findWithSecrets(actor.id);
    if (!user) throw new UnauthorizedException();
    if (user.totpSecret) {
      throw new TwoFactorConflictException('Two-factor login is on already; an admin can reset it');
    }
    const secret = newTotpSecret();
    await this.users.setPendingTotp(user.id, secret);
    return { secret, otpauthUrl: otpauthUrl(this.config.totpIssuer, user.email, secret) };
  }

  /** Enrolment, step two: the first right code turns it on; recovery codes are shown once. */
  async enable(actor: Actor, code: string): Promise<TwoFactorEnabled & LoginResponse> {
    const user = await this.users.findWithSecrets(actor.id);
    if (!user?.totpPendingSecret) {
      throw new TwoFactorConflictException('Start with /api/auth/2fa/setup: there is no secret to confirm');
    }
    const attempt = await this.limiter.begin('totp', user.id, actor.ip ?? 'unknown');
    if (!attempt.allowed) {
      throw new AppException(
        ERROR_CODES.rateLimited,
        429,
        `Too many wrong codes; try again in ${attempt.retryAfterS} seconds`,
      );
    }
    const step = matchTotp(user.totpPendingSecret, code.replace(/\s/g, ''), null);
    if (step === null) throw new TwoFactorInvalidException();
    await this.limiter.succeeded(attempt);
    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, () => {
      const hex = randomBytes(6).toString('hex');
      return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8)}`;
    });
    const hashes = await Promise.all(recoveryCodes.map((c) => bcrypt.hash(c, 8)));
    await this.users.enableTotp(user.id, step, hashes);
    await this.audit.record({ actor, action: '2fa.enable' });
    const fresh = await this.users.findWithSecrets(user.id);
    return { recoveryCodes, ...(await this.session(fresh ?? user, true)) };
  }

  private async matchRecoveryCode(hashes: string[], code: string): Promise<string | null> {
    if (!/^[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}$/.test(code)) return null;
    for (const hash of hashes) if (await bcrypt.compare(code, hash)) return hash;
    return null;
  }

  /** For the socket handshake: the same token as REST, still valid for an active user. */
  async verifySession(token: string): Promise<TokenPayload> {
    const payload = this.jwt.verify<TokenPayload & { purpose?: string }>(token);
    if (payload.purpose) throw new Error('not an access token');
    const state = await this.users.sessionState(payload.sub);
    if (!state || !state.active || (payload.sv ?? 0) !== state.sessionVersion) throw new Error('revoked');
    return { ...payload, role: state.role, name: state.name };
  }

  /** For the socket handshake: the same token as REST. */
  verify(token: string): TokenPayload {
    return this.jwt.verify<TokenPayload>(token);
  }
}
