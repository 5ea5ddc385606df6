import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES, type Role } from '@webcare/shared';
import { generateVAPIDKeys } from 'web-push';

/** A setting is missing or malformed: the process stops with one line naming it. */
export class ConfigError extends Error {
  constructor(key: string, problem: string) {
    super(`Configuration error: ${key} ${problem}`);
    this.name = 'ConfigError';
  }
}

/** NEN 7513 in the Netherlands: access logs are kept at least five years from each line. */
export const LEGAL_AUDIT_RETENTION_DAYS = 5 * 365 + 2;

export type OutboundTransport = 'sandbox' | 'live';

/** Single sign-on with an OpenID Connect provider (authorization code flow with PKCE). */
export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  /** Absent: a public client (PKCE only, no client authentication at the token endpoint). */
  clientSecret: string | null;
  scopes: string;
  /** Claim holding the user's groups or roles at the provider; dots reach into nested objects. */
  roleClaim: string;
  /** Provider value → console role. A user with no mapped value is refused. */
  roleMap: ReadonlyMap<string, Role>;
  /** `amr` values (RFC 8176) that make the provider's login count as the second factor. */
  mfaAmr: readonly string[];
  /** Label on the console's login button. */
  label: string;
}

/** Demo secrets from the contract, used only in demo mode when the environment does not set them. */
const DEMO_SECRETS = {
  META_APP_SECRET: 'demo-meta-secret',
  META_VERIFY_TOKEN: 'demo-verify-token',
  X_CONSUMER_SECRET: 'demo-x-secret',
  TWILIO_AUTH_TOKEN: 'demo-twilio-token',
} as const;

/**
 * The one validated view of the environment. Nothing else reads process.env.
 * Built once at start; a bad value stops the process before anything listens.
 */
export class AppConfig {
  readonly port: number;
  readonly databaseUrl: string | null;
  readonly embeddedPgPort: number;
  readonly dataDir: string;
  /** Web Push (VAPID) keys; null: push is off. Demo mode makes a pair and keeps it in the data folder. */
  readonly vapid: { publicKey: string; privateKey: string; subject: string } | null;
  readonly demo: boolean;
  /** In demo mode, fill an empty queue with sample conversations (off for tests that need a clean slate). */
  readonly demoQueue: boolean;
  readonly jwtSecret: string;
  readonly jwtTtlSeconds: number;
  readonly metaAppSecret: string;
  readonly metaVerifyToken: string;
  readonly whatsappAppSecret: string;
  readonly xConsumerSecret: string;
  readonly twilioAuthToken: string;
  readonly publicUrl: string;
  /** Fills `{organisatie}` in saved replies. */
  readonly organisationName: string;
  readonly metaGraphUrl: string;
  readonly whatsappGraphUrl: string;
  readonly metaAccessToken: string | null;
  readonly whatsappAccessToken: string | null;
  /** The WhatsApp Business Account whose approved templates are offered after the 24-hour window. */
  readonly whatsappBusinessAccountId: string | null;
  /** X API v2 base (DM and post replies). */
  readonly xApiUrl: string;
  /** OAuth 2.0 user token of the X account, when an account has none of its own. */
  readonly xAccessToken: string | null;
  /** Twilio REST base (Messages API). */
  readonly twilioApiUrl: string;
  /** Twilio account SID (HTTP basic user with TWILIO_AUTH_TOKEN); sending SMS needs it. */
  readonly twilioAccountSid: string | null;
  readonly outboundTransport: OutboundTransport;
  /** Run the ingest and send workers in this process (default), or leave them to separate processes. */
  readonly runWorkers: boolean;
  readonly webDist: string;
  readonly loginRateLimit: number;
  /** The media retention period until one is set in the retention settings (provider media, web chat uploads). */
  readonly mediaRetentionDays: number;
  /** Web chat messages one visitor may send per minute (one address: ten times as many). */
  readonly webchatRateLimit: number;
  /** Spike detection: the window arrivals are counted in, and the fewest arrivals that can be a wave. */
  readonly spikeWindowSeconds: number;
  readonly spikeMinCount: number;
  /** A bulk answer sends one reply per this many milliseconds (the provider's rate limits). */
  readonly bulkReplyIntervalMs: number;
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** When set, `/metrics` answers only requests with `Authorization: Bearer <token>`. */
  readonly metricsToken: string | null;
  /** Key of the keyed hash (HMAC-SHA256) that names a person in the access log instead of their id. */
  readonly auditPseudonymKey: string;
  /** Folder outside the database where signed checkpoints of the access-log chain head are appended. */
  readonly auditAnchorDir: string;
  /** Ed25519 private key (PKCS#8 PEM) that signs the checkpoints. */
  readonly auditAnchorKey: string;
  /** Minutes between checkpoints of the access-log chain head. */
  readonly auditAnchorIntervalMinutes: number;
  /** Minutes between scheduled retention purges. */
  readonly retentionIntervalMinutes: number;
  /** Days access-log lines are kept at least (the law: five years). Never lower than that minimum. */
  readonly auditRetentionMinDays: number;
  /** Issuer shown in authenticator apps for two-factor login. */
  readonly totpIssuer: string;
  /**
   * Two-factor login is required for supervisors and admins and for every access-log read. On by default
   * outside demo mode; demo mode leaves it off unless set.
   */
  readonly twoFactorRequired: boolean;
  /** Single sign-on; null (off) unless OIDC_ISSUER_URL is set. */
  readonly oidc: OidcConfig | null;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const str = (key: string): string | undefined => {
      const value = env[key];
      return value === undefined || value.trim() === '' ? undefined : value.trim();
    };
    const int = (key: string, fallback: number, min: number, max: number): number => {
      const raw = str(key);
      if (raw === undefined) return fallback;
      if (!/^\d+$/.test(raw)) throw new ConfigError(key, `must be a whole number, got "${raw}"`);
      const value = Number(raw);
      if (value < min || value > max) throw new ConfigError(key, `must be between ${min} and ${max}`);
      return value;
    };
    const bool = (key: string, fallback: boolean): boolean => {
      const raw = str(key);
      if (raw === undefined) return fallback;
      if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
      if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
      throw new ConfigError(key, `must be 1/0 or true/false, got "${raw}"`);
    };
    const url = (key: string, fallback: string | undefined): string | undefined => {
      const raw = str(key) ?? fallback;
      if (raw === undefined) return undefined;
      try {
        const parsed = new URL(raw);
        if (!/^(https?|postgres(ql)?):$/.test(parsed.protocol)) throw new Error('protocol');
      } catch {
        throw new ConfigError(key, `must be a URL, got "${raw}"`);
      }
      return raw.replace(/\/+$/, '');
    };

    this.port = int('PORT', 3000, 1, 65535);
    this.databaseUrl = url('DATABASE_URL', undefined) ?? null;
    if (this.databaseUrl && !/^postgres(ql)?:/.test(this.databaseUrl)) {
      throw new ConfigError('DATABASE_URL', 'must be a postgres:// URL');
    }
    this.embeddedPgPort = int('EMBEDDED_PG_PORT', 54329, 1, 65535);
    this.dataDir = path.resolve(str('DATA_DIR') ?? '.data');
    this.demo = bool('DEMO', this.databaseUrl === null);
    this.demoQueue = bool('DEMO_QUEUE', true);

    const secret = (key: keyof typeof DEMO_SECRETS | 'JWT_SECRET'): string => {
      const value = str(key);
      if (value !== undefined) return value;
      if (!this.demo) throw new ConfigError(key, 'is required outside demo mode (DEMO=0)');
      if (key === 'JWT_SECRET') return this.demoJwtSecret();
      return DEMO_SECRETS[key];
    };
    this.metaAppSecret = secret('META_APP_SECRET');
    this.metaVerifyToken = secret('META_VERIFY_TOKEN');
    this.xConsumerSecret = secret('X_CONSUMER_SECRET');
    this.twilioAuthToken = secret('TWILIO_AUTH_TOKEN');
    this.whatsappAppSecret = str('WHATSAPP_APP_SECRET') ?? this.metaAppSecret;
    this.jwtSecret = secret('JWT_SECRET');
    if (!this.demo && this.jwtSecret.length < 32) {
      throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    }
    this.jwtTtlSeconds = int('JWT_TTL_SECONDS', 12 * 3600, 60, 7 * 24 * 3600);
    this.publicUrl = url('PUBLIC_URL', `http://localhost:${this.port}`) as string;
    this.organisationName = (str('ORGANISATION_NAME') ?? '').slice(0, 120);
    this.metaGraphUrl = url('META_GRAPH_URL', 'https://graph.facebook.com/v21.0') as string;
    this.whatsappGraphUrl = url('WHATSAPP_GRAPH_URL', this.metaGraphUrl) as string;
    this.metaAccessToken = str('META_ACCESS_TOKEN') ?? null;
    this.whatsappAccessToken = str('WHATSAPP_ACCESS_TOKEN') ?? null;
    const waba = str('WHATSAPP_BUSINESS_ACCOUNT_ID');
    if (waba !== undefined && !/^\d{5,20}$/.test(waba)) {
      throw new ConfigError('WHATSAPP_BUSINESS_ACCOUNT_ID', 'must be the numeric id of the Business Account');
    }
    this.whatsappBusinessAccountId = waba ?? null;
    this.xApiUrl = url('X_API_URL', 'https://api.x.com') as string;
    this.xAccessToken = str('X_ACCESS_TOKEN') ?? null;
    this.twilioApiUrl = url('TWILIO_API_URL', 'https://api.twilio.com') as string;
    const sid = str('TWILIO_ACCOUNT_SID');
    if (sid !== undefined && !/^AC[0-9a-fA-F]{32}$/.test(sid)) {
      throw new ConfigError('TWILIO_ACCOUNT_SID', 'must be AC followed by 32 hexadecimal characters');
    }
    this.twilioAccountSid = sid ?? null;

    const transport = str('OUTBOUND_TRANSPORT') ?? (this.demo ? 'sandbox' : 'live');
    if (transport !== 'sandbox' && transport !== 'live') {
      throw new ConfigError('OUTBOUND_TRANSPORT', `must be "sandbox" or "live", got "${transport}"`);
    }
    this.outboundTransport = transport;
    this.runWorkers = bool('RUN_WORKERS', true);
    this.webDist = path.resolve(str('WEB_DIST') ?? path.join(__dirname, '../../../web/dist'));
    this.loginRateLimit = int('LOGIN_RATE_LIMIT', 10, 1, 10000);
    this.mediaRetentionDays = int('MEDIA_RETENTION_DAYS', 90, 1, 3650);
    this.webchatRateLimit = int('WEBCHAT_RATE_LIMIT', 20, 1, 10000);
    this.spikeWindowSeconds = int('SPIKE_WINDOW_SECONDS', 300, 30, 3600);
    this.spikeMinCount = int('SPIKE_MIN_COUNT', 5, 2, 10000);
    this.bulkReplyIntervalMs = int('BULK_REPLY_INTERVAL_MS', 1000, 0, 600000);
    this.metricsToken = str('METRICS_TOKEN') ?? null;
    if (this.metricsToken !== null && this.metricsToken.length < 16) {
      throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
    }
    const vapidPublic = str('VAPID_PUBLIC_KEY');
    const vapidPrivate = str('VAPID_PRIVATE_KEY');
    if (!!vapidPublic !== !!vapidPrivate) {
      throw new ConfigError(
        vapidPublic ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY',
        'is needed with the other VAPID key',
      );
    }
    const subject = str('VAPID_SUBJECT') ?? 'mailto:webcare@example.org';
    if (!/^(mailto:|https:)/.test(subject)) {
      throw new ConfigError('VAPID_SUBJECT', 'must be a mailto: or https: URL');
    }
    this.vapid =
      vapidPublic && vapidPrivate
        ? { publicKey: vapidPublic, privateKey: vapidPrivate, subject }
        : this.demo
          ? { ...this.demoVapidKeys(), subject }
          : null;
    const level = str('LOG_LEVEL') ?? 'log';
    if (!['error', 'warn', 'log', 'debug'].includes(level)) {
      throw new ConfigError('LOG_LEVEL', `must be error, warn, log or debug, got "${level}"`);
    }
    this.logLevel = level as AppConfig['logLevel'];

    const pseudonymKey = str('AUDIT_PSEUDONYM_KEY');
    if (pseudonymKey === undefined && !this.demo) {
      throw new ConfigError('AUDIT_PSEUDONYM_KEY', 'is required outside demo mode (DEMO=0)');
    }
    if (pseudonymKey !== undefined && pseudonymKey.length < 32) {
      throw new ConfigError('AUDIT_PSEUDONYM_KEY', 'must be at least 32 characters');
    }
    this.auditPseudonymKey =
      pseudonymKey ?? this.demoFile('demo-audit-pseudonym-key', () => randomBytes(32).toString('hex'));
    this.auditAnchorDir = path.resolve(str('AUDIT_ANCHOR_DIR') ?? path.join(this.dataDir, 'audit-anchors'));
    const anchorKey = str('AUDIT_ANCHOR_KEY')?.replace(/\\n/g, '\n');
    if (anchorKey !== undefined) {
      try {
        const key = createPrivateKey(anchorKey);
        if (key.asymmetricKeyType !== 'ed25519') throw new Error('type');
      } catch {
        throw new ConfigError('AUDIT_ANCHOR_KEY', 'must be an Ed25519 private key in PKCS#8 PEM');
      }
    } else if (!this.demo) {
      throw new ConfigError('AUDIT_ANCHOR_KEY', 'is required outside demo mode (DEMO=0)');
    }
    this.auditAnchorKey =
      anchorKey ??
      this.demoFile('demo-audit-anchor-key.pem', () =>
        generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      );
    this.auditAnchorIntervalMinutes = int('AUDIT_ANCHOR_INTERVAL_MINUTES', 15, 1, 24 * 60);
    this.retentionIntervalMinutes = int('RETENTION_INTERVAL_MINUTES', 60, 1, 7 * 24 * 60);
    this.auditRetentionMinDays = int(
      'AUDIT_RETENTION_MIN_DAYS',
      LEGAL_AUDIT_RETENTION_DAYS,
      LEGAL_AUDIT_RETENTION_DAYS,
      100 * 366,
    );
    this.totpIssuer = str('TOTP_ISSUER') ?? 'Webcare Inbox';
    this.twoFactorRequired = bool('TWO_FACTOR_REQUIRED', !this.demo);
    this.oidc = this.readOidc(str, url);
  }

  private readOidc(
    str: (key: string) => string | undefined,
    url: (key: string, fallback: string | undefined) => string | undefined,
  ): OidcConfig | null {
    const issuerUrl = url('OIDC_ISSUER_URL', undefined);
    const others = [
      'OIDC_CLIENT_ID',
      'OIDC_CLIENT_SECRET',
      'OIDC_ROLE_CLAIM',
      'OIDC_ROLE_MAP',
      'OIDC_SCOPES',
      'OIDC_MFA_AMR',
      'OIDC_LABEL',
    ];
    if (issuerUrl === undefined) {
      const stray = others.find((key) => str(key) !== undefined);
      if (stray) throw new ConfigError(stray, 'needs OIDC_ISSUER_URL (single sign-on is off without it)');
      return null;
    }
    const clientId = str('OIDC_CLIENT_ID');
    if (clientId === undefined) throw new ConfigError('OIDC_CLIENT_ID', 'is required with OIDC_ISSUER_URL');
    const rawMap = str('OIDC_ROLE_MAP');
    if (rawMap === undefined) {
      throw new ConfigError('OIDC_ROLE_MAP', 'is required with OIDC_ISSUER_URL, e.g. "webcare-agent:agent"');
    }
    const roleMap = new Map<string, Role>();
    for (const entry of rawMap
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const at = entry.lastIndexOf(':');
      const value = at > 0 ? entry.slice(0, at).trim() : '';
      const role = at > 0 ? entry.slice(at + 1).trim() : '';
      if (!value || !(ROLES as readonly string[]).includes(role)) {
        throw new ConfigError(
          'OIDC_ROLE_MAP',
          `must be a comma-separated list of providerValue:role with role one of ${ROLES.join(', ')}, got "${entry}"`,
        );
      }
      roleMap.set(value, role as Role);
    }
    if (roleMap.size === 0) throw new ConfigError('OIDC_ROLE_MAP', 'must map at least one value to a role');
    const scopes = str('OIDC_SCOPES') ?? 'openid email profile';
    if (!scopes.split(/\s+/).includes('openid')) {
      throw new ConfigError('OIDC_SCOPES', 'must include "openid"');
    }
    const roleClaim = str('OIDC_ROLE_CLAIM') ?? 'roles';
    if (!/^[\w:/.-]+$/.test(roleClaim)) throw new ConfigError('OIDC_ROLE_CLAIM', 'must be a claim name');
    return {
      issuerUrl,
      clientId,
      clientSecret: str('OIDC_CLIENT_SECRET') ?? null,
      scopes,
      roleClaim,
      roleMap,
      mfaAmr: (str('OIDC_MFA_AMR') ?? 'mfa,otp,hwk')
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
      label: str('OIDC_LABEL') ?? '',
    };
  }

  /** Demo mode keeps a generated secret in the data folder so it survives a restart. */
  private demoFile(name: string, make: () => string): string {
    const file = path.join(this.dataDir, name);
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(this.dataDir, { recursive: true });
    const value = make();
    writeFileSync(file, value, { mode: 0o600 });
    return value.trim();
  }

  /** Demo mode keeps a VAPID key pair in the data folder, so subscriptions survive a restart. */
  private demoVapidKeys(): { publicKey: string; privateKey: string } {
    const file = path.join(this.dataDir, 'demo-vapid-keys.json');
    if (existsSync(file))
      return JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
    mkdirSync(this.dataDir, { recursive: true });
    const keys = generateVAPIDKeys();
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
    return keys;
  }

  /** Demo mode keeps a random signing key in the data folder so logins survive a restart. */
  private demoJwtSecret(): string {
    const file = path.join(this.dataDir, 'demo-jwt-secret');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(this.dataDir, { recursive: true });
    const value = randomBytes(32).toString('hex');
    writeFileSync(file, value, { mode: 0o600 });
    return value;
  }
}
