import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateVAPIDKeys } from 'web-push';

/** A setting is missing or malformed: the process stops with one line naming it. */
export class ConfigError extends Error {
  constructor(key: string, problem: string) {
    super(`Configuration error: ${key} ${problem}`);
    this.name = 'ConfigError';
  }
}

export type OutboundTransport = 'sandbox' | 'live';

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
  readonly logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** When set, `/metrics` answers only requests with `Authorization: Bearer <token>`. */
  readonly metricsToken: string | null;

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
