import type { Channel, Provider, TemplateSend } from '@webcare/shared';

/** One message to send through a provider. */
export interface OutboundRequest {
  channel: Channel;
  /** Our account: Page id, Instagram account id, WhatsApp phone_number_id. */
  accountId: string;
  /** The person: PSID / IGSID / WhatsApp wa_id. For comment replies: unused. */
  recipientId: string;
  /** For public comment replies and private replies to a comment: the comment id. */
  replyToCommentId?: string;
  /** Send privately to the author of a public comment (Meta "private replies"). */
  privateReplyToComment?: boolean;
  text: string;
  /**
   * Messenger/Instagram between 24 hours and 7 days after the person's last message: send with the
   * HUMAN_AGENT message tag.
   */
  humanAgentTag?: boolean;
  /** WhatsApp after the 24-hour window: send this approved template instead of `text`. */
  template?: TemplateSend;
  /** Stable per outbound message, so a retried job never sends twice. */
  idempotencyKey: string;
}

export interface OutboundResult {
  providerMessageId: string;
}

/** A provider said no. `retryable` decides whether the send job tries again with backoff. */
export class OutboundError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly providerCode?: string | number,
    /** When the provider said it will take the request again (a rate limit's reset time). */
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}

export interface ChannelAdapter {
  readonly channels: readonly Channel[];
  /**
   * Set when the adapter sends for one provider's accounts only (Twilio's WhatsApp numbers next to the
   * Cloud API's): it then takes those channels for that provider's accounts only.
   */
  readonly provider?: Provider;
  send(request: OutboundRequest): Promise<OutboundResult>;
  /**
   * Hide a public comment from everyone but its author and the page (Graph API is_hidden; Instagram hide).
   * `channel` tells a Facebook comment from an Instagram one; Facebook when left out.
   */
  hideComment?(accountId: string, commentId: string, channel?: Channel): Promise<void>;
}
