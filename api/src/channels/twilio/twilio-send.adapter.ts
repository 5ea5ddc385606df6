import type { Channel } from '@webcare/shared';
import { callProvider, type ProviderAnswer } from '../http-provider';
import { type ChannelAdapter, OutboundError, type OutboundRequest, type OutboundResult } from '../outbound';
import { isObject } from '../parse-util';

/** Production base of the Twilio REST API. */
export const TWILIO_API_BASE_URL = 'https://api.twilio.com';

export interface TwilioSendAdapterOptions {
  /** e.g. https://api.twilio.com; tests point it at a fake server. */
  baseUrl: string;
  /** Account SID and auth token (HTTP basic); null when not configured. */
  accountSid: string | null;
  authToken: string;
  /** Where Twilio posts the delivery status of what we send (our signed webhook). */
  statusCallbackUrl: string;
  timeoutMs?: number;
}

/** Twilio error codes in plain words; `retry` where the same request can succeed later. */
const TWILIO_ERRORS: Record<number, { message: string; retry: boolean }> = {
  20003: {
    message: 'Twilio refused our credentials; check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN',
    retry: false,
  },
  20429: { message: 'Twilio is limiting how fast we send; trying again later', retry: true },
  21211: { message: 'the phone number of this person is not valid', retry: false },
  21408: { message: 'sending to this country is not enabled on our Twilio account', retry: false },
  21606: { message: 'our Twilio number cannot send to this person', retry: false },
  21610: {
    message: 'this person unsubscribed (replied STOP); they must text START before we can answer',
    retry: false,
  },
  21612: { message: 'Twilio cannot reach this number from ours', retry: false },
  21614: { message: 'this number cannot receive text messages (not a mobile number)', retry: false },
  21617: {
    message: 'the message is too long for one SMS conversation (over 1,600 characters)',
    retry: false,
  },
  63003: { message: 'this number is not on WhatsApp', retry: false },
  63016: {
    message:
      "more than 24 hours since the person's last WhatsApp message: only an approved template may be sent now",
    retry: false,
  },
  63018: { message: 'WhatsApp is limiting how fast we send; trying again later', retry: true },
  63024: { message: 'this number is not on WhatsApp', retry: false },
  63032: { message: 'this person has blocked our WhatsApp number', retry: false },
};

/** A Twilio refusal (`{code, message, more_info, status}`) in plain words. */
export function describeTwilioError(answer: ProviderAnswer): OutboundError {
  const body = isObject(answer.body) ? answer.body : {};
  const code = typeof body.code === 'number' ? body.code : undefined;
  const known = code !== undefined ? TWILIO_ERRORS[code] : undefined;
  if (known) return new OutboundError(known.message, known.retry, code);
  if (answer.status === 401) return new OutboundError(TWILIO_ERRORS[20003].message, false, code);
  if (answer.status === 429 || answer.status >= 500) {
    return new OutboundError('Twilio had a temporary problem; trying again', true, code ?? answer.status);
  }
  const said = typeof body.message === 'string' ? body.message : undefined;
  return new OutboundError(
    `Twilio refused the message (${code !== undefined ? `error ${code}` : `HTTP ${answer.status}`})${said ? `: ${said}` : ''}`,
    false,
    code ?? answer.status,
  );
}

function e164(number: string): string {
  return number.startsWith('+') ? number : `+${number}`;
}

/**
 * Sends SMS and WhatsApp-through-Twilio replies with the Messages API:
 * `POST {base}/2010-04-01/Accounts/{sid}/Messages.json`, form `To`, `From` (our number, `whatsapp:`
 * prefixed on WhatsApp), `Body`, `StatusCallback` (our signed Twilio webhook, which then moves the
 * message through sent, delivered, failed/undelivered). HTTP basic with the account SID and auth token.
 */
export class TwilioSendAdapter implements ChannelAdapter {
  readonly channels: readonly Channel[] = ['sms', 'whatsapp'];
  readonly provider = 'twilio' as const;
  private readonly baseUrl: string;

  constructor(private readonly options: TwilioSendAdapterOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async send(request: OutboundRequest): Promise<OutboundResult> {
    if (request.channel !== 'sms' && request.channel !== 'whatsapp') {
      throw new OutboundError(`this adapter does not send on ${request.channel}`, false);
    }
    if (request.template) {
      throw new OutboundError(
        'templates are sent through the WhatsApp Cloud API; this number is connected through Twilio',
        false,
      );
    }
    const sid = this.options.accountSid;
    if (!sid) {
      throw new OutboundError('SMS cannot be sent: TWILIO_ACCOUNT_SID is not set', false);
    }
    const prefix = request.channel === 'whatsapp' ? 'whatsapp:' : '';
    const form = new URLSearchParams({
      To: `${prefix}${e164(request.recipientId)}`,
      From: `${prefix}${e164(request.accountId)}`,
      Body: request.text,
      StatusCallback: this.options.statusCallbackUrl,
    });
    const answer = await callProvider(
      `${this.baseUrl}/2010-04-01/Accounts/${encodeURIComponent(sid)}/Messages.json`,
      {
        method: 'POST',
        headers: {
          Authorization: `Basic ${Buffer.from(`${sid}:${this.options.authToken}`).toString('base64')}`,
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: form.toString(),
      },
      this.options.timeoutMs,
    );
    if (answer.status < 200 || answer.status >= 300) throw describeTwilioError(answer);
    const messageSid = isObject(answer.body) ? answer.body.sid : undefined;
    if (typeof messageSid !== 'string' || messageSid.length === 0) {
      throw new OutboundError(
        'Twilio accepted the message but gave no id; check before sending again',
        false,
      );
    }
    return { providerMessageId: messageSid };
  }
}
