import { BadRequestException, Injectable } from '@nestjs/common';
import type { Provider } from '@webcare/shared';
import { parseMetaDelivery } from '../channels/meta/meta-parser';
import {
  isXCrcToken,
  verifyMetaSignature,
  verifyTwilioSignature,
  verifyXSignature,
  xCrcResponse,
} from '../channels/signature';
import { parseTwilioDelivery } from '../channels/twilio/twilio-parser';
import { parseWhatsAppDelivery } from '../channels/whatsapp/whatsapp-parser';
import { parseXDelivery } from '../channels/x/x-parser';
import { AppConfig } from '../config/app-config';
import { IngestService } from '../ingest/ingest.service';
import { parseJsonDelivery, parseOrReject, storableText } from './webhook-body';
import { WebhookSignatureException } from './webhook.exception';

/** How long an answered crc_token is refused as a delivery body, and how many are remembered. */
const ANSWERED_TOKEN_TTL_MS = 60 * 60 * 1000;
const ANSWERED_TOKEN_LIMIT = 1000;

/** What a webhook POST is answered with once its delivery is stored. */
export interface WebhookReply {
  provider: Provider;
  contentType: string;
  body: string;
}

/** A webhook POST as the lean HTTP path hands it over: the exact bytes and the headers that matter. */
export interface WebhookRequest {
  /** The path and query as requested (Twilio signs the full URL). */
  url: string;
  raw: Buffer;
  header(name: string): string | undefined;
}

const EVENT_RECEIVED = 'EVENT_RECEIVED';
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/**
 * Every provider's webhook delivery: signature over the exact bytes, parse into events, store them
 * (group commit) and answer. Throws the API's exceptions (401 signature, 400 malformed) otherwise.
 */
@Injectable()
export class WebhookIntakeService {
  /** Tokens answered recently, with when: a delivery body equal to one is a replayed CRC answer. */
  private readonly answeredTokens = new Map<string, number>();

  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  /** The POST routes this service answers, by path (no trailing slash). */
  readonly routes: Record<string, (request: WebhookRequest) => Promise<WebhookReply>> = {
    '/webhooks/meta': (request) => this.meta(request),
    '/webhooks/whatsapp': (request) => this.whatsapp(request),
    '/webhooks/x': (request) => this.x(request),
    '/webhooks/twilio': (request) => this.twilio(request),
    '/webhooks/twilio/sms': (request) => this.twilio(request),
    '/webhooks/twilio/whatsapp': (request) => this.twilio(request),
  };

  /** Messenger, Facebook Page comments, Instagram DMs and comments. */
  async meta(request: WebhookRequest): Promise<WebhookReply> {
    if (!verifyMetaSignature(request.raw, request.header('x-hub-signature-256'), this.config.metaAppSecret)) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(request.raw, parseMetaDelivery);
    await this.ingest.accept('meta', request.raw, request.header('content-type') ?? null, events);
    return { provider: 'meta', contentType: 'text/plain; charset=utf-8', body: EVENT_RECEIVED };
  }

  async whatsapp(request: WebhookRequest): Promise<WebhookReply> {
    if (
      !verifyMetaSignature(request.raw, request.header('x-hub-signature-256'), this.config.whatsappAppSecret)
    ) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(request.raw, parseWhatsAppDelivery);
    await this.ingest.accept('whatsapp', request.raw, request.header('content-type') ?? null, events);
    return { provider: 'whatsapp', contentType: 'text/plain; charset=utf-8', body: EVENT_RECEIVED };
  }

  /** X Account Activity: DMs and mentions. */
  async x(request: WebhookRequest): Promise<WebhookReply> {
    if (
      !verifyXSignature(
        request.raw,
        request.header('x-twitter-webhooks-signature'),
        this.config.xConsumerSecret,
      ) ||
      this.wasAnswered(request.raw.toString('latin1'))
    ) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(request.raw, parseXDelivery);
    await this.ingest.accept('x', request.raw, request.header('content-type') ?? null, events);
    return { provider: 'x', contentType: 'application/json; charset=utf-8', body: '{"ok":true}' };
  }

  /** Twilio SMS and WhatsApp: form-encoded, signed over PUBLIC_URL + path and the sorted fields. */
  async twilio(request: WebhookRequest): Promise<WebhookReply> {
    const params: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(request.raw.toString('utf8'))) params[key] = value;
    const url = `${this.config.publicUrl}${request.url}`;
    if (
      !verifyTwilioSignature(url, params, request.header('x-twilio-signature'), this.config.twilioAuthToken)
    ) {
      throw new WebhookSignatureException();
    }
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(params)) clean[storableText(key)] = storableText(value);
    const events = parseOrReject(() => parseTwilioDelivery(clean));
    await this.ingest.accept('twilio', request.raw, request.header('content-type') ?? null, events);
    // An empty TwiML response: we answer from the console, not automatically.
    return { provider: 'twilio', contentType: 'text/xml; charset=utf-8', body: EMPTY_TWIML };
  }

  /** X's challenge-response check: proves we hold the consumer secret, for X-shaped tokens only. */
  xCrc(crcToken: unknown): { response_token: string } {
    if (crcToken === undefined || crcToken === '') throw new BadRequestException('crc_token is required');
    if (!isXCrcToken(crcToken)) {
      throw new BadRequestException('crc_token must be 8 to 128 letters, digits or - _ + / =');
    }
    this.remember(crcToken);
    return xCrcResponse(crcToken, this.config.xConsumerSecret);
  }

  private remember(token: string): void {
    const now = Date.now();
    for (const [old, at] of this.answeredTokens) {
      if (now - at < ANSWERED_TOKEN_TTL_MS && this.answeredTokens.size < ANSWERED_TOKEN_LIMIT) break;
      this.answeredTokens.delete(old);
    }
    this.answeredTokens.set(token, now);
  }

  private wasAnswered(body: string): boolean {
    const at = this.answeredTokens.get(body);
    return at !== undefined && Date.now() - at < ANSWERED_TOKEN_TTL_MS;
  }
}
