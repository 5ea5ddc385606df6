import type { Channel, Provider } from '@webcare/shared';

/**
 * What one provider delivery means, independent of the provider's wire format.
 * Parsers turn one webhook body into zero or more of these; the ingest worker applies them.
 */
export type InboundEvent = InboundMessageEvent | EchoEvent | StatusEvent | ReadWatermarkEvent | RemovedEvent;

export interface InboundAttachment {
  type: 'image' | 'video' | 'audio' | 'file' | 'sticker' | 'location' | 'other';
  /** Provider URL or media id reference (we keep references, never the media itself). */
  url: string;
  /** The provider's own name for the kind, where it says more than `type` (story_mention, share, contacts, unsupported). */
  providerType?: string;
  /** Provider media id (WhatsApp): the stable reference to fetch the media with; its URLs expire. */
  mediaId?: string;
  mimeType?: string;
  /** File name of a document, where the provider gives one. */
  name?: string;
}

export interface InboundMessageEvent {
  kind: 'message';
  provider: Provider;
  channel: Channel;
  /** Unique per provider: mid, wamid, comment id, tweet id_str, MessageSid. */
  providerMessageId: string;
  /** Our side of the conversation: Page id, Instagram account id, WhatsApp phone_number_id, X user id, Twilio number. */
  accountId: string;
  sender: {
    providerId: string;
    name?: string;
    handle?: string;
    /**
     * Other ids the provider gives for the same person, to match an existing contact: WhatsApp's
     * business-scoped user id next to the phone number.
     */
    alternateIds?: string[];
  };
  /** For public comments and mentions: the post or tweet the thread belongs to. */
  postId?: string;
  /** For comment replies: the comment replied to. */
  parentId?: string;
  text: string;
  attachments: InboundAttachment[];
  /** The provider's timestamp of the person's message; response times count from here. */
  sentAt: Date;
  /** Private messages that quote or answer an earlier message (WhatsApp context, Messenger reply_to). */
  replyToId?: string;
  /**
   * Messenger handover protocol: the message reached us on the standby channel because another app
   * (a chatbot) holds the conversation. Stored like any message; replying needs thread control.
   */
  standby?: boolean;
}

/** Our own outbound message coming back (Messenger/Instagram is_echo, X own DM, Page reply by the page). */
export interface EchoEvent {
  kind: 'echo';
  provider: Provider;
  channel: Channel;
  providerMessageId: string;
  accountId: string;
  /** The person written to; for a public reply by the page: the comment (or post) replied to. */
  recipientId: string;
  text: string;
  sentAt: Date;
  attachments?: InboundAttachment[];
  /** Public replies: the post and the comment replied to. */
  postId?: string;
  parentId?: string;
  /** Our idempotencyKey, where the provider carries it back (Messenger message metadata). */
  outboundKey?: string;
}

export interface StatusEvent {
  kind: 'status';
  provider: Provider;
  providerMessageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  at: Date;
  /** Provider's error in plain words, for failed. */
  error?: string;
  /** The provider's error code, for failed. */
  errorCode?: string;
  /** Our account (WhatsApp phone_number_id, Twilio number) and the person the message went to. */
  accountId?: string;
  recipientId?: string;
  /** Our idempotencyKey, where the provider carries it back (WhatsApp biz_opaque_callback_data). */
  outboundKey?: string;
}

/** Messenger/Instagram read receipts: everything we sent before the watermark was read. */
export interface ReadWatermarkEvent {
  kind: 'read_watermark';
  provider: Provider;
  accountId: string;
  contactProviderId: string;
  watermark: Date;
}

/** A public comment was removed by its author or the page. */
export interface RemovedEvent {
  kind: 'removed';
  provider: Provider;
  providerMessageId: string;
  at: Date;
}

/** Thrown by parsers for a body that is not the provider's format; the webhook answers 400. */
export class MalformedPayloadError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'MalformedPayloadError';
  }
}

/**
 * The key a delivery is deduplicated on: the provider's id of the message or status.
 * Status updates carry their own id space (message id + status) so a 'delivered' after a 'sent' is kept.
 */
export function dedupeKey(event: InboundEvent): string {
  switch (event.kind) {
    case 'message':
    case 'echo':
      return event.providerMessageId;
    case 'status':
      return `${event.providerMessageId}:${event.status}`;
    case 'read_watermark':
      return `read:${event.accountId}:${event.contactProviderId}:${event.watermark.getTime()}`;
    case 'removed':
      return `removed:${event.providerMessageId}`;
  }
}
