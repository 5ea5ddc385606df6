import {
  type InboundAttachment,
  type InboundEvent,
  type InboundMessageEvent,
  MalformedPayloadError,
  type StatusEvent,
} from '../inbound-event';
import { isObject } from '../parse-util';

const WHATSAPP_PREFIX = 'whatsapp:';

/**
 * A Twilio webhook body as decoded form fields: the raw form (string or bytes), URLSearchParams, or an
 * object from a body parser (a repeated field counts with its first value). The same fields feed the
 * X-Twilio-Signature check.
 */
export function twilioFormFields(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (typeof body === 'string' || Buffer.isBuffer(body) || body instanceof URLSearchParams) {
    const params = body instanceof URLSearchParams ? body : new URLSearchParams(body.toString());
    for (const [key, value] of params) {
      if (!(key in fields)) {
        fields[key] = value;
      }
    }
    return fields;
  }
  if (!isObject(body)) {
    throw new MalformedPayloadError('body is not a form');
  }
  for (const [key, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof first === 'string') {
      fields[key] = first;
    } else if (typeof first === 'number' || typeof first === 'boolean') {
      fields[key] = String(first);
    }
  }
  return fields;
}

function required(fields: Record<string, string>, key: string): string {
  const value = fields[key];
  if (value === undefined || value.length === 0) {
    throw new MalformedPayloadError(`${key} is missing`);
  }
  return value;
}

function address(value: string): string {
  return value.startsWith(WHATSAPP_PREFIX) ? value.slice(WHATSAPP_PREFIX.length) : value;
}

function mediaType(contentType: string | undefined): InboundAttachment['type'] {
  const major = contentType?.split('/')[0];
  return major === 'image' || major === 'video' || major === 'audio' ? major : 'file';
}

const STATUSES: Record<string, StatusEvent['status']> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  failed: 'failed',
  undelivered: 'failed',
};

/** Twilio error codes seen on failed SMS and WhatsApp messages, in plain words. */
const ERRORS: Record<string, string> = {
  '30003': "the person's phone is switched off or out of reach",
  '30004': 'the message was blocked; the person may have blocked this number',
  '30005': 'the number does not exist or is no longer in use',
  '30006': 'the number is a landline or cannot receive text messages',
  '30007': 'the carrier filtered the message as possible spam',
  '30008': 'the carrier could not deliver the message (unknown reason)',
  '63016': "more than 24 hours since the person's last message: send a template or call back",
  '63024': 'the person cannot be reached on WhatsApp',
};

/**
 * One Twilio webhook (form fields) to events. An incoming message (`SmsStatus`/`MessageStatus` received)
 * becomes a message: From `whatsapp:+31…` → channel whatsapp, otherwise sms; our Twilio number (To,
 * without the `whatsapp:` prefix) is the account. Media come as MediaUrlN/MediaContentTypeN; a shared
 * WhatsApp location as Latitude/Longitude. A status callback (sent, delivered, read, failed,
 * undelivered) becomes a status; queued/sending/accepted are ignored.
 *
 * Twilio sends no time of the message with an incoming message, so `receivedAt` (when the webhook
 * arrived, seconds after the person sent it) stands in for the provider timestamp.
 */
export function parseTwilioDelivery(body: unknown, receivedAt: Date = new Date()): InboundEvent[] {
  const fields = twilioFormFields(body);
  const sid = required(fields, 'MessageSid');
  const state = fields.MessageStatus ?? fields.SmsStatus;
  if (state !== undefined && state !== 'received' && state !== 'receiving') {
    const status = STATUSES[state];
    if (!status) {
      return [];
    }
    const event: StatusEvent = {
      kind: 'status',
      provider: 'twilio',
      providerMessageId: sid,
      status,
      at: receivedAt,
    };
    if (fields.From) {
      event.accountId = address(fields.From);
    }
    if (fields.To) {
      event.recipientId = address(fields.To);
    }
    if (status === 'failed') {
      const code = fields.ErrorCode;
      event.error =
        (code && ERRORS[code]) ??
        `the message could not be delivered${code ? ` (Twilio error ${code})` : ''}${fields.ErrorMessage ? `: ${fields.ErrorMessage}` : ''}`;
      if (code) {
        event.errorCode = code;
      }
    }
    return [event];
  }

  const from = required(fields, 'From');
  const to = required(fields, 'To');
  const channel = from.startsWith(WHATSAPP_PREFIX) ? 'whatsapp' : 'sms';
  const attachments: InboundAttachment[] = [];
  const count = Number.parseInt(fields.NumMedia ?? '0', 10);
  for (let i = 0; i < (Number.isFinite(count) ? Math.min(count, 10) : 0); i++) {
    const url = fields[`MediaUrl${i}`];
    if (url) {
      const contentType = fields[`MediaContentType${i}`];
      const attachment: InboundAttachment = { type: mediaType(contentType), url };
      if (contentType) {
        attachment.mimeType = contentType;
      }
      attachments.push(attachment);
    }
  }
  if (fields.Latitude && fields.Longitude) {
    attachments.push({ type: 'location', url: `geo:${fields.Latitude},${fields.Longitude}` });
  }
  const sender: InboundMessageEvent['sender'] = { providerId: address(from) };
  if (fields.ProfileName) {
    sender.name = fields.ProfileName;
  }
  const event: InboundMessageEvent = {
    kind: 'message',
    provider: 'twilio',
    channel,
    providerMessageId: sid,
    accountId: address(to),
    sender,
    text: fields.Body || fields.ButtonText || '',
    attachments,
    sentAt: receivedAt,
  };
  if (fields.OriginalRepliedMessageSid) {
    event.replyToId = fields.OriginalRepliedMessageSid;
  }
  return [event];
}
