import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import {
  isOpenAt,
  WIDGET_IMAGE_LIMIT_BYTES,
  WIDGET_MESSAGE_LIMIT,
  type WidgetConfig,
  type WidgetHistory,
  type WidgetSendAccepted,
  type WidgetSendRequest,
  type WidgetSession,
} from '@webcare/shared';
import { DataSource } from 'typeorm';
import type { InboundMessageEvent } from '../channels/inbound-event';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService } from '../conversations/conversations.service';
import { decodeThreadKey, dmThreadKey } from '../conversations/thread-key';
import { IngestService } from '../ingest/ingest.service';
import { MediaService, MediaUnavailableException } from '../media/media.service';
import { SlaService } from '../sla/sla.service';
import { storableText } from '../webhooks/webhook-body';
import type { WebchatAccountEntity } from './webchat-account.entity';
import {
  OriginNotAllowedException,
  VisitorUnknownException,
  WidgetAccountNotFoundException,
  WidgetImageException,
  WidgetInputException,
  WidgetMessageTooLongException,
  WidgetRateLimitedException,
} from './webchat.exception';

export const DEMO_WIDGET_KEY = 'demo';
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Dutch and Belgian numbers as people type them: +31 6 …, 06-…, 0032 …, with spaces and dashes. */
const PHONE = /^(\+|00)?[0-9][0-9 ()-]{7,18}[0-9]$/;
const ACCOUNT_CACHE_MS = 30_000;
const RATE_WINDOW_SECONDS = 60;

export const DEFAULT_PRIVACY = {
  nl: 'Deze chat is bedoeld voor vragen aan onze webcare. We bewaren uw berichten om u te kunnen helpen en gaan er vertrouwelijk mee om. Deel geen medische gegevens die we niet nodig hebben. Bij nood belt u 112; denkt u aan zelfdoding, bel dan 113 (0800-0113).',
  en: 'This chat is for questions to our web care team. We keep your messages to help you and treat them confidentially. Do not share medical details we do not need. In an emergency call 112; if you think about suicide, call 113 (0800-0113).',
};

export type WidgetAccount = Pick<
  WebchatAccountEntity,
  | 'key'
  | 'name'
  | 'allowedOrigins'
  | 'language'
  | 'primaryColor'
  | 'textColor'
  | 'privacyNl'
  | 'privacyEn'
  | 'active'
>;

export interface Visitor {
  id: string;
  key: string;
}

/**
 * The web chat widget's side of the inbox. A visitor is anonymous: a random id, and a token (the id
 * signed for the widget's key) kept in their browser. Their messages go through the same ingest path as
 * every provider's webhooks: stored as an inbound event first, then the worker triages them.
 */
@Injectable()
export class WebchatService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly accounts = new Map<string, { account: WidgetAccount | null; at: number }>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly media: MediaService,
    private readonly sla: SlaService,
  ) {}

  /** Counters of windows long past are dropped every hour. */
  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => {
      this.dataSource
        .query(`DELETE FROM webchat_rate_limits WHERE window_start < now() - interval '1 hour'`)
        .catch(() => undefined);
    }, 3600_000);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
  }

  // ── Accounts and origins ─────────────────────────────────────────────────────────────────────────

  /** Demo: the widget `demo`, allowed on every site. */
  async ensureDemoAccount(): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO webchat_accounts (key, name, allowed_origins) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING`,
      [DEMO_WIDGET_KEY, 'Zorggroep Demo', ['*']],
    );
    await this.contacts.ensureNamedAccount('webchat', DEMO_WIDGET_KEY, 'Webchat Zorggroep Demo');
    this.accounts.delete(DEMO_WIDGET_KEY);
  }

  /**
   * Creates or replaces a widget account (admin); `active` left out keeps it as it was (new: on).
   * Returns it with whether it was on before (null: it is new), for the access log.
   */
  async saveAccount(
    account: Omit<WidgetAccount, 'active'> & { active?: boolean },
  ): Promise<{ account: WidgetAccount; wasActive: boolean | null }> {
    const wasActive = await this.dataSource.transaction(async (tx) => {
      const [before] = await tx.query<{ active: boolean }[]>(
        'SELECT active FROM webchat_accounts WHERE key = $1 FOR UPDATE',
        [account.key],
      );
      await tx.query(
        `INSERT INTO webchat_accounts (key, name, allowed_origins, language, primary_color, text_color, privacy_nl, privacy_en, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, COALESCE($9, true))
         ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, allowed_origins = EXCLUDED.allowed_origins,
           language = EXCLUDED.language, primary_color = EXCLUDED.primary_color, text_color = EXCLUDED.text_color,
           privacy_nl = EXCLUDED.privacy_nl, privacy_en = EXCLUDED.privacy_en,
           active = COALESCE($9, webchat_accounts.active)`,
        [
          account.key,
          account.name,
          account.allowedOrigins,
          account.language,
          account.primaryColor,
          account.textColor,
          account.privacyNl,
          account.privacyEn,
          account.active ?? null,
        ],
      );
      return before ? before.active : null;
    });
    await this.contacts.ensureNamedAccount('webchat', account.key, `Webchat ${account.name}`);
    this.accounts.delete(account.key);
    return { account: (await this.account(account.key)) as WidgetAccount, wasActive };
  }

  async listAccounts(): Promise<WidgetAccount[]> {
    return this.dataSource.query(`${ACCOUNT_SELECT} ORDER BY key`);
  }

  /** The widget account of a key (cached briefly: every widget request asks). */
  async account(key: string): Promise<WidgetAccount | null> {
    if (!KEY.test(key)) return null;
    const cached = this.accounts.get(key);
    if (cached && Date.now() - cached.at < ACCOUNT_CACHE_MS) return cached.account;
    const [row] = await this.dataSource.query<WidgetAccount[]>(`${ACCOUNT_SELECT} WHERE key = $1`, [key]);
    this.accounts.set(key, { account: row ?? null, at: Date.now() });
    return row ?? null;
  }

  /**
   * Whether a site may use the widget: the account is on and the origin is on its list (or the list
   * allows all). A switched-off widget is refused everywhere, so the visitor reads that it is not available.
   */
  static originAllowed(account: WidgetAccount, origin: string | undefined): boolean {
    if (!account.active) return false;
    if (!origin) return true; // not a browser's cross-site request: nothing for CORS to protect
    if (account.allowedOrigins.includes('*')) return true;
    return account.allowedOrigins.some((allowed) => allowed.toLowerCase() === origin.toLowerCase());
  }

  async requireAccount(key: string, origin: string | undefined): Promise<WidgetAccount> {
    const account = await this.account(key);
    if (!account) throw new WidgetAccountNotFoundException();
    if (!WebchatService.originAllowed(account, origin)) throw new OriginNotAllowedException();
    return account;
  }

  // ── Visitors ─────────────────────────────────────────────────────────────────────────────────────

  private sign(key: string, visitorId: string): string {
    return createHmac('sha256', this.config.jwtSecret)
      .update(`webchat-visitor:${key}:${visitorId}`)
      .digest('base64url');
  }

  /** The visitor behind a token for this widget, or null. */
  verifyToken(key: string, token: unknown): Visitor | null {
    if (typeof token !== 'string' || token.length > 200) return null;
    const [id, signature] = token.split('.');
    if (!id || !signature || !UUID.test(id)) return null;
    const expected = Buffer.from(this.sign(key, id));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    return { id, key };
  }

  async requireVisitor(key: string, token: unknown): Promise<Visitor> {
    const visitor = this.verifyToken(key, token);
    if (!visitor) throw new VisitorUnknownException();
    const rows = await this.dataSource.query<{ id: string }[]>(
      'UPDATE webchat_visitors SET last_seen_at = now() WHERE id = $1 AND account_key = $2 RETURNING id',
      [visitor.id, key],
    );
    if (rows.length === 0) throw new VisitorUnknownException();
    return visitor;
  }

  /** Confirms a visitor's token, or starts a new anonymous visitor (a token that no longer holds: new). */
  async session(account: WidgetAccount, token: string | undefined, address: string): Promise<WidgetSession> {
    let visitor = token ? await this.requireVisitor(account.key, token).catch(() => null) : null;
    if (!visitor) {
      await this.countOrRefuse(`sessions:${address}`, this.config.webchatRateLimit * 10);
      visitor = { id: randomUUID(), key: account.key };
      await this.dataSource.query('INSERT INTO webchat_visitors (id, account_key) VALUES ($1, $2)', [
        visitor.id,
        account.key,
      ]);
    }
    const [row] = await this.dataSource.query<{ requested: boolean }[]>(
      'SELECT phone_requested_at IS NOT NULL AS requested FROM webchat_visitors WHERE id = $1',
      [visitor.id],
    );
    return {
      visitorToken: `${visitor.id}.${this.sign(account.key, visitor.id)}`,
      config: await this.configOf(account),
      phoneRequested: !!row?.requested,
    };
  }

  private async configOf(account: WidgetAccount): Promise<WidgetConfig> {
    const calendar = await this.sla.calendarFor(null);
    return {
      name: account.name,
      language: account.language,
      colors: { primary: account.primaryColor, text: account.textColor },
      openingHours: {
        alwaysOpen: calendar.alwaysOpen,
        timeZone: calendar.timeZone,
        weekly: calendar.weekly,
      },
      openNow: isOpenAt(new Date(), calendar),
      privacy: { nl: account.privacyNl ?? DEFAULT_PRIVACY.nl, en: account.privacyEn ?? DEFAULT_PRIVACY.en },
      messageLimit: WIDGET_MESSAGE_LIMIT,
      imageLimitBytes: WIDGET_IMAGE_LIMIT_BYTES,
    };
  }

  // ── Messages ─────────────────────────────────────────────────────────────────────────────────────

  /**
   * One message from the visitor: checked, counted against the visitor's and the address's limits, and
   * stored through ingest (a retried send with the same clientId is stored once).
   */
  async send(visitor: Visitor, address: string, body: WidgetSendRequest): Promise<WidgetSendAccepted> {
    if (typeof body.clientId !== 'string' || !CLIENT_ID.test(body.clientId)) {
      throw new WidgetInputException('clientId must be 8 to 64 letters, digits, - or _');
    }
    if (typeof body.text !== 'string') throw new WidgetInputException('text must be a string');
    const text = storableText(body.text).trim();
    if ([...text].length > WIDGET_MESSAGE_LIMIT)
      throw new WidgetMessageTooLongException(WIDGET_MESSAGE_LIMIT);
    const images = body.images ?? [];
    if (!Array.isArray(images) || images.length > 4 || images.some((i) => typeof i !== 'string')) {
      throw new WidgetInputException('images must be at most 4 references from the image upload');
    }
    if (!text && images.length === 0) throw new WidgetInputException('The message is empty');
    for (const image of images) {
      if (!(await this.media.hasWebchatImage(visitor.id, image))) {
        throw new WidgetInputException('An image is not (or no longer) uploaded; add it again');
      }
    }
    await this.rateLimit(visitor, address);
    return this.store(visitor, body.clientId, text, images, body);
  }

  /** The number to call back on, given in the widget after an agent asked: a message in the thread. */
  async givePhone(visitor: Visitor, address: string, phone: unknown): Promise<WidgetSendAccepted> {
    const clean = typeof phone === 'string' ? phone.trim() : '';
    if (!PHONE.test(clean)) throw new WidgetInputException('This is not a phone number we can call');
    await this.rateLimit(visitor, address);
    await this.dataSource.query('UPDATE webchat_visitors SET phone_requested_at = NULL WHERE id = $1', [
      visitor.id,
    ]);
    const clientId = `phone-${randomUUID()}`;
    return this.store(visitor, clientId, `Bel mij terug op ${clean}`, [], { phone: clean });
  }

  private async store(
    visitor: Visitor,
    clientId: string,
    text: string,
    images: string[],
    raw: unknown,
  ): Promise<WidgetSendAccepted> {
    const now = new Date();
    const event: InboundMessageEvent = {
      kind: 'message',
      provider: 'webchat',
      channel: 'webchat',
      providerMessageId: `${visitor.id}:${clientId}`,
      accountId: visitor.key,
      sender: { providerId: visitor.id },
      text,
      attachments: images.map((url) => ({ type: 'image', url })),
      sentAt: now,
    };
    await this.ingest.accept('webchat', Buffer.from(JSON.stringify(raw)), 'application/json', [event]);
    return { clientId, createdAt: now.toISOString() };
  }

  async uploadImage(visitor: Visitor, address: string, bytes: unknown): Promise<{ image: string }> {
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
      throw new WidgetImageException('Send the image itself, as image/jpeg, png, gif or webp', 415);
    }
    if (bytes.length > WIDGET_IMAGE_LIMIT_BYTES) {
      throw new WidgetImageException('The image is larger than 5 MB', 413);
    }
    await this.rateLimit(visitor, address);
    try {
      const { ref } = await this.media.storeWebchatImage(visitor.id, bytes);
      return { image: ref };
    } catch (error) {
      if (error instanceof MediaUnavailableException) throw new WidgetImageException(error.message, 415);
      throw error;
    }
  }

  async history(visitor: Visitor): Promise<WidgetHistory> {
    const account = await this.contacts.findAccount('webchat', visitor.key);
    if (!account) return { items: [] };
    const rows = await this.conversations.threadTranscript(account.id, dmThreadKey(visitor.id));
    return {
      items: rows.map((row) => ({
        id: row.id,
        direction: row.direction,
        text: row.text,
        images: row.images,
        createdAt: new Date(row.createdAt).toISOString(),
      })),
    };
  }

  /** The visitor's current conversation (null before their first message is processed). */
  async conversationOf(visitor: Visitor): Promise<string | null> {
    const account = await this.contacts.findAccount('webchat', visitor.key);
    return account ? this.conversations.latestOfThread(account.id, dmThreadKey(visitor.id)) : null;
  }

  /** Where a conversation of web chat goes: the visitor's room, or null for another channel. */
  async visitorOf(conversationId: string): Promise<Visitor | null> {
    const route = await this.conversations.routeOf(conversationId);
    if (!route || route.channel !== 'webchat') return null;
    const account = await this.contacts.findAccountById(route.channelAccountId);
    const thread = decodeThreadKey(route.threadKey);
    if (!account || thread.kind !== 'dm') return null;
    return { id: thread.personId, key: account.externalId };
  }

  async markPhoneRequested(visitor: Visitor): Promise<void> {
    await this.dataSource.query('UPDATE webchat_visitors SET phone_requested_at = now() WHERE id = $1', [
      visitor.id,
    ]);
  }

  // ── Limits ───────────────────────────────────────────────────────────────────────────────────────

  private async rateLimit(visitor: Visitor, address: string): Promise<void> {
    await this.countOrRefuse(`visitor:${visitor.id}`, this.config.webchatRateLimit);
    await this.countOrRefuse(`address:${address}`, this.config.webchatRateLimit * 10);
  }

  /** Counts one in the bucket's window (one statement, so replicas share it); over the limit: 429. */
  private async countOrRefuse(bucket: string, limit: number): Promise<void> {
    const [row] = await this.dataSource.query<{ count: number; retry: number }[]>(
      `INSERT INTO webchat_rate_limits AS r (bucket, window_start, count) VALUES ($1, now(), 1)
       ON CONFLICT (bucket) DO UPDATE SET
         count = CASE WHEN r.window_start < now() - make_interval(secs => $2) THEN 1 ELSE r.count + 1 END,
         window_start = CASE WHEN r.window_start < now() - make_interval(secs => $2) THEN now() ELSE r.window_start END
       RETURNING count, ceil(extract(epoch FROM (window_start + make_interval(secs => $2) - now())))::int AS retry`,
      [bucket, RATE_WINDOW_SECONDS],
    );
    if (row.count > limit) throw new WidgetRateLimitedException(Math.max(1, row.retry));
  }
}

const ACCOUNT_SELECT = `SELECT key, name, allowed_origins AS "allowedOrigins", language, primary_color AS "primaryColor",
  text_color AS "textColor", privacy_nl AS "privacyNl", privacy_en AS "privacyEn", active FROM webchat_accounts`;
