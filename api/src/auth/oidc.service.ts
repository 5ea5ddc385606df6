import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginChallenge, LoginResponse, Role } from '@webcare/shared';
import { type BaseClient, generators, Issuer } from 'openid-client';
import { DataSource } from 'typeorm';
import { AppConfig, type OidcConfig } from '../config/app-config';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';

/** Why a single sign-on attempt was refused; the console shows each in plain words. */
export type OidcRefusal =
  'sso_off' | 'expired' | 'provider_error' | 'no_email' | 'email_unverified' | 'no_role' | 'deactivated';

export class OidcRefusedException extends Error {
  constructor(readonly reason: OidcRefusal) {
    super(`Single sign-on refused: ${reason}`);
  }
}

/** What the login step keeps between the redirect to the provider and its answer (a signed cookie). */
interface PendingLogin {
  purpose: 'oidc';
  state: string;
  nonce: string;
  verifier: string;
}

export const PENDING_TTL_S = 10 * 60;
export const FINISHED_TTL_S = 2 * 60;

function hashCode(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** Higher wins when the provider sends several mapped values. */
const ROLE_RANK: Record<Role, number> = { agent: 0, advisor: 1, supervisor: 2, admin: 3 };

/** Reads a claim by name, or by a dotted path into nested objects (e.g. realm_access.roles). */
export function claimValues(claims: Record<string, unknown>, name: string): string[] {
  let value: unknown = name in claims ? claims[name] : undefined;
  if (value === undefined && name.includes('.')) {
    value = name.split('.').reduce<unknown>((node, key) => {
      return node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }, claims);
  }
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/** The console role for the provider's values, or null when none is mapped. */
export function mapRole(values: string[], roleMap: ReadonlyMap<string, Role>): Role | null {
  let best: Role | null = null;
  for (const value of values) {
    const role = roleMap.get(value);
    if (role && (best === null || ROLE_RANK[role] > ROLE_RANK[best])) best = role;
  }
  return best;
}

/**
 * OpenID Connect single sign-on: authorization code flow with PKCE (S256), state and nonce.
 * The provider's metadata is discovered on first use and kept; a failed discovery is tried again later.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private client: Promise<BaseClient> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly dataSource: DataSource,
  ) {}

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  get label(): string {
    return this.config.oidc?.label ?? '';
  }

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/oidc/callback`;
  }

  /** Step one: where to send the browser, and the signed value that remembers this attempt. */
  async begin(): Promise<{ location: string; pending: string }> {
    const client = await this.getClient();
    const settings = this.settings();
    const verifier = generators.codeVerifier();
    const state = generators.state();
    const nonce = generators.nonce();
    const location = client.authorizationUrl({
      scope: settings.scopes,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      code_challenge: generators.codeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    const payload: PendingLogin = { purpose: 'oidc', state, nonce, verifier };
    return { location, pending: await this.jwt.signAsync(payload, { expiresIn: PENDING_TTL_S }) };
  }

  /**
   * Step two: trade the code (with the PKCE verifier) for tokens, check the ID token (signature, issuer,
   * audience, nonce, expiry — openid-client does this), map the role, provision or update the user.
   */
  async finish(
    query: Record<string, string | undefined>,
    pendingToken: string | undefined,
  ): Promise<{ code: string; userId: string }> {
    const settings = this.settings();
    const pending = await this.readSigned<PendingLogin>(pendingToken, 'oidc');
    if (!pending) throw new OidcRefusedException('expired');
    if (query.error) throw new OidcRefusedException('provider_error');
    const client = await this.getClient();
    let claims: Record<string, unknown>;
    try {
      const params = client.callbackParams(`/?${new URLSearchParams(query as Record<string, string>)}`);
      const tokens = await client.callback(this.redirectUri, params, {
        state: pending.state,
        nonce: pending.nonce,
        code_verifier: pending.verifier,
        response_type: 'code',
      });
      claims = { ...tokens.claims() };
      const missing =
        claimValues(claims, settings.roleClaim).length === 0 || typeof claims.email !== 'string';
      if (missing && tokens.access_token) {
        // Providers may put e-mail and groups only in the userinfo answer (OIDC Core 5.4).
        const info = await client.userinfo(tokens.access_token).catch(() => null);
        if (info && info.sub === claims.sub) claims = { ...info, ...claims };
      }
    } catch (error) {
      this.logger.warn(`Single sign-on callback failed: ${(error as Error).name}`);
      throw new OidcRefusedException('provider_error');
    }
    const subject = `${settings.issuerUrl}#${String(claims.sub)}`;
    const email = typeof claims.email === 'string' ? claims.email.trim() : '';
    if (!email) throw new OidcRefusedException('no_email');
    if (claims.email_verified === false) throw new OidcRefusedException('email_unverified');
    const role = mapRole(claimValues(claims, settings.roleClaim), settings.roleMap);
    if (!role) throw new OidcRefusedException('no_role');
    const name =
      (typeof claims.name === 'string' && claims.name.trim()) ||
      [claims.given_name, claims.family_name].filter((p) => typeof p === 'string').join(' ') ||
      email;
    const user = await this.users.provisionSso({ subject, email, name, role });
    if (!user.active) throw new OidcRefusedException('deactivated');
    const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
    const mfa = amr.some((value) => settings.mfaAmr.includes(value));
    const code = randomBytes(32).toString('base64url');
    await this.dataSource.query(`DELETE FROM sso_login_codes WHERE expires_at < now()`);
    await this.dataSource.query(
      `INSERT INTO sso_login_codes (code_hash, user_id, mfa, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [hashCode(code), user.id, mfa, FINISHED_TTL_S],
    );
    return { code, userId: user.id };
  }

  /**
   * Step three, from the console: the finished login becomes a session. The provider's login counts as
   * the second factor only when its `amr` claim names one (OIDC_MFA_AMR); otherwise the account's own
   * two-factor login applies as after a password.
   */
  async session(code: string | undefined, ip: string | null): Promise<LoginResponse | LoginChallenge> {
    if (!code) throw new OidcRefusedException('expired');
    // Deleting is the claim: a second use (or another replica racing) finds nothing.
    const [rows] = await this.dataSource.query<[{ user_id: string; mfa: boolean; fresh: boolean }[], number]>(
      `DELETE FROM sso_login_codes WHERE code_hash = $1 RETURNING user_id, mfa, expires_at > now() AS fresh`,
      [hashCode(code)],
    );
    const finished = rows[0];
    if (!finished?.fresh) throw new OidcRefusedException('expired');
    const user = await this.users.findWithSecrets(finished.user_id);
    if (!user) throw new OidcRefusedException('expired');
    if (!user.active) throw new OidcRefusedException('deactivated');
    if (finished.mfa || !user.totpSecret) return this.auth.ssoLogin(user, ip, finished.mfa);
    return this.auth.login(user, ip);
  }

  private settings(): OidcConfig {
    if (!this.config.oidc) throw new OidcRefusedException('sso_off');
    return this.config.oidc;
  }

  private async readSigned<T extends { purpose: string }>(
    token: string | undefined,
    purpose: T['purpose'],
  ): Promise<T | null> {
    if (!token) return null;
    try {
      const payload = await this.jwt.verifyAsync<T>(token);
      return payload.purpose === purpose ? payload : null;
    } catch {
      return null;
    }
  }

  private getClient(): Promise<BaseClient> {
    const settings = this.settings();
    if (!this.client) {
      this.client = Issuer.discover(settings.issuerUrl).then(
        (issuer) =>
          new issuer.Client({
            client_id: settings.clientId,
            ...(settings.clientSecret
              ? { client_secret: settings.clientSecret, token_endpoint_auth_method: 'client_secret_basic' }
              : { token_endpoint_auth_method: 'none' }),
            redirect_uris: [this.redirectUri],
            response_types: ['code'],
          }),
      );
      this.client.catch(() => {
        this.logger.warn('The single sign-on provider could not be reached; trying again on the next login');
        this.client = null;
      });
    }
    return this.client;
  }
}
