import {
  type EchoEvent,
  type InboundAttachment,
  type InboundEvent,
  type InboundMessageEvent,
  MalformedPayloadError,
  type StatusEvent,
} from '../inbound-event';
import {
  isObject,
  type JsonObject,
  optionalArray,
  optionalString,
  requireArray,
  requireId,
  requireObject,
  requireTime,
} from '../parse-util';
import { describeWhatsAppError } from './whatsapp-errors';

/** Attachment url for WhatsApp media: the media id, to be fetched with GET /{media-id} (its URLs expire). */
export const WHATSAPP_MEDIA_PREFIX = 'whatsapp-media:';

const MEDIA_TYPES: Record<string, InboundAttachment['type']> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  document: 'file',
  sticker: 'sticker',
};

/**
 * One WhatsApp Cloud API webhook delivery (`object: whatsapp_business_account`) to events.
 *
 * `entry[].changes[]` with field `messages` carry `messages[]` (from people), `statuses[]` (of what we
 * sent) and `contacts[]` (names of the senders); several entries, changes and messages per delivery are
 * all returned. Field `smb_message_echoes` (messages the business sent from the WhatsApp Business app on a
 * shared number) gives echoes. Other fields (template and account updates) are ignored.
 *
 * People are identified by phone number (`from`, `wa_id`) when WhatsApp gives it, else by their
 * business-scoped user id (`from_user_id`, `user_id`, e.g. `NL.1031…`), which users who adopted a
 * username get instead of a visible number. When both are given the phone number stays the id (so the
 * person's existing conversation continues) and the business-scoped id is passed as an alternate id; the
 * username becomes the handle.
 *
 * Message types: text; image/video/audio/document/sticker as attachments referencing the media id
 * (caption as text); location as a `geo:` attachment; interactive button/list replies and template
 * quick-reply buttons as text (what the person chose); shared contacts as their names. `unsupported`
 * (and types WhatsApp adds later) become a message with empty text and an `other` attachment: the person
 * did send something, and a care organisation must see that rather than have it vanish. Reactions,
 * system notices and welcome requests are not messages to answer and are ignored.
 */
export function parseWhatsAppDelivery(body: unknown): InboundEvent[] {
  const root = requireObject(body, 'body');
  if (root.object !== 'whatsapp_business_account') {
    throw new MalformedPayloadError(
      typeof root.object === 'string' ? 'object is not whatsapp_business_account' : 'object is missing',
    );
  }
  const events: InboundEvent[] = [];
  for (const rawEntry of requireArray(root.entry, 'entry')) {
    const entry = requireObject(rawEntry, 'entry item');
    for (const rawChange of requireArray(entry.changes, 'entry.changes')) {
      const change = requireObject(rawChange, 'changes item');
      if (change.field === 'messages') {
        events.push(...messagesValue(requireObject(change.value, 'changes.value')));
      } else if (change.field === 'smb_message_echoes') {
        events.push(...echoesValue(requireObject(change.value, 'changes.value')));
      }
    }
  }
  return events;
}

function phoneNumberId(value: JsonObject): string {
  return requireId(requireObject(value.metadata, 'metadata').phone_number_id, 'metadata.phone_number_id');
}

interface Contact {
  waId?: string;
  userId?: string;
  name?: string;
  username?: string;
}

function readContacts(value: unknown): Contact[] {
  return optionalArray(value, 'contacts')
    .filter(isObject)
    .map((c) => {
      const profile = isObject(c.profile) ? c.profile : {};
      return {
        waId: optionalString(c.wa_id),
        userId: optionalString(c.user_id),
        name: optionalString(profile.name),
        username: optionalString(profile.username),
      };
    });
}

function messagesValue(value: JsonObject): InboundEvent[] {
  const accountId = phoneNumberId(value);
  const contacts = readContacts(value.contacts);
  const events: InboundEvent[] = [];
  for (const raw of optionalArray(value.messages, 'messages')) {
    const event = messageEvent(requireObject(raw, 'messages item'), accountId, contacts);
    if (event) {
      events.push(event);
    }
  }
  for (const raw of optionalArray(value.statuses, 'statuses')) {
    const event = statusEvent(requireObject(raw, 'statuses item'), accountId);
    if (event) {
      events.push(event);
    }
  }
  return events;
}

interface Content {
  text: string;
  attachments: InboundAttachment[];
}

/** What a message says; undefined for kinds that are not messages to answer. */
function content(message: JsonObject): Content | undefined {
  const type = optionalString(message.type) ?? 'unknown';
  const body = isObject(message[type]) ? (message[type] as JsonObject) : {};
  switch (type) {
    case 'text':
      return { text: typeof body.body === 'string' ? body.body : '', attachments: [] };
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker': {
      const mediaId = requireId(body.id, `${type}.id`);
      const attachment: InboundAttachment = {
        type: MEDIA_TYPES[type],
        url: `${WHATSAPP_MEDIA_PREFIX}${mediaId}`,
        mediaId,
      };
      const mimeType = optionalString(body.mime_type);
      if (mimeType) {
        attachment.mimeType = mimeType;
      }
      const filename = optionalString(body.filename);
      if (filename) {
        attachment.name = filename;
      }
      if (type === 'audio' && body.voice === true) {
        attachment.providerType = 'voice';
      }
      return { text: optionalString(body.caption) ?? '', attachments: [attachment] };
    }
    case 'location': {
      const { latitude, longitude } = body;
      const url =
        typeof latitude === 'number' && typeof longitude === 'number' ? `geo:${latitude},${longitude}` : '';
      const text = [optionalString(body.name), optionalString(body.address)].filter(Boolean).join(', ');
      return { text, attachments: [{ type: 'location', url }] };
    }
    case 'interactive': {
      const reply = isObject(body.button_reply)
        ? body.button_reply
        : isObject(body.list_reply)
          ? body.list_reply
          : {};
      const flow = isObject(body.nfm_reply) ? optionalString(body.nfm_reply.body) : undefined;
      return { text: optionalString(reply.title) ?? flow ?? '', attachments: [] };
    }
    case 'button':
      return { text: optionalString(body.text) ?? optionalString(body.payload) ?? '', attachments: [] };
    case 'contacts': {
      const names = optionalArray(message.contacts, 'contacts')
        .filter(isObject)
        .map((c) => (isObject(c.name) ? optionalString(c.name.formatted_name) : undefined))
        .filter((n): n is string => n !== undefined);
      return { text: names.join(', '), attachments: [{ type: 'other', url: '', providerType: 'contacts' }] };
    }
    case 'reaction':
    case 'system':
    case 'request_welcome':
      return undefined;
    default: {
      // unsupported (edits, polls, view-once media…) and types added later.
      const inner = type === 'unsupported' ? optionalString(body.type) : type;
      return {
        text: '',
        attachments: [
          { type: 'other', url: '', providerType: inner ? `unsupported:${inner}` : 'unsupported' },
        ],
      };
    }
  }
}

function messageEvent(
  message: JsonObject,
  accountId: string,
  contacts: Contact[],
): InboundMessageEvent | undefined {
  const id = requireId(message.id, 'message.id');
  const sentAt = requireTime(message.timestamp, 's', 'message.timestamp');
  const phone = optionalString(message.from);
  const userId = optionalString(message.from_user_id);
  const providerId = phone ?? userId;
  if (!providerId) {
    throw new MalformedPayloadError('message.from is missing');
  }
  const said = content(message);
  if (!said) {
    return undefined;
  }
  const contact =
    contacts.find(
      (c) => (phone !== undefined && c.waId === phone) || (userId !== undefined && c.userId === userId),
    ) ?? (contacts.length === 1 ? contacts[0] : undefined);
  const sender: InboundMessageEvent['sender'] = { providerId };
  if (contact?.name) {
    sender.name = contact.name;
  }
  if (contact?.username) {
    sender.handle = contact.username;
  }
  const scoped = userId ?? contact?.userId;
  if (phone && scoped) {
    sender.alternateIds = [scoped];
  }
  const event: InboundMessageEvent = {
    kind: 'message',
    provider: 'whatsapp',
    channel: 'whatsapp',
    providerMessageId: id,
    accountId,
    sender,
    text: said.text,
    attachments: said.attachments,
    sentAt,
  };
  const replyTo = isObject(message.context) ? optionalString(message.context.id) : undefined;
  if (replyTo) {
    event.replyToId = replyTo;
  }
  return event;
}

const STATUSES: Record<string, StatusEvent['status']> = {
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  failed: 'failed',
};

function statusEvent(raw: JsonObject, accountId: string): StatusEvent | undefined {
  const id = requireId(raw.id, 'status.id');
  const status = typeof raw.status === 'string' ? STATUSES[raw.status] : undefined;
  if (!status) {
    // deleted, warning, played and statuses added later.
    return undefined;
  }
  const event: StatusEvent = {
    kind: 'status',
    provider: 'whatsapp',
    providerMessageId: id,
    status,
    at: requireTime(raw.timestamp, 's', 'status.timestamp'),
    accountId,
  };
  const recipient = optionalString(raw.recipient_id) ?? optionalString(raw.recipient_user_id);
  if (recipient) {
    event.recipientId = recipient;
  }
  const key = optionalString(raw.biz_opaque_callback_data);
  if (key) {
    event.outboundKey = key;
  }
  if (status === 'failed') {
    const first = optionalArray(raw.errors, 'status.errors').find(isObject);
    const code = typeof first?.code === 'number' ? first.code : undefined;
    const details = isObject(first?.error_data) ? optionalString(first.error_data.details) : undefined;
    event.error = describeWhatsAppError(
      code,
      optionalString(first?.title) ?? optionalString(first?.message),
      details,
    ).message;
    if (code !== undefined) {
      event.errorCode = String(code);
    }
  }
  return event;
}

/** Messages the business sent from the WhatsApp Business app on a number shared with the Cloud API. */
function echoesValue(value: JsonObject): EchoEvent[] {
  const accountId = phoneNumberId(value);
  const echoes: EchoEvent[] = [];
  for (const raw of optionalArray(value.message_echoes, 'message_echoes')) {
    const message = requireObject(raw, 'message_echoes item');
    const said = content(message);
    if (!said) {
      continue;
    }
    const echo: EchoEvent = {
      kind: 'echo',
      provider: 'whatsapp',
      channel: 'whatsapp',
      providerMessageId: requireId(message.id, 'message.id'),
      accountId,
      recipientId: optionalString(message.to) ?? optionalString(message.to_user_id) ?? '',
      text: said.text,
      sentAt: requireTime(message.timestamp, 's', 'message.timestamp'),
    };
    if (said.attachments.length > 0) {
      echo.attachments = said.attachments;
    }
    echoes.push(echo);
  }
  return echoes;
}
