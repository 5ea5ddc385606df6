import type { Channel } from '@webcare/shared';
import { callProvider, type ProviderAnswer } from '../http-provider';
import { type ChannelAdapter, OutboundError, type OutboundRequest, type OutboundResult } from '../outbound';
import { isObject } from '../parse-util';
import type { TokenFor } from '../graph-client';

/** Production base of the X API. */
export const X_API_BASE_URL = 'https://api.x.com';

/** The most characters X takes in one post. */
export const X_POST_LIMIT = 280;

export interface XSendAdapterOptions {
  /** e.g. https://api.x.com; tests point it at a fake server. */
  baseUrl: string;
  /** OAuth 2.0 user access token of our X account (Bearer). */
  tokenFor: TokenFor;
  timeoutMs?: number;
}

/** The `detail`/`title` of an X API v2 problem, or of an entry of its `errors[]`. */
function problemText(body: unknown): string | undefined {
  if (!isObject(body)) return undefined;
  if (typeof body.detail === 'string') return body.detail;
  if (Array.isArray(body.errors)) {
    const first = body.errors.find(isObject);
    if (first && typeof first.message === 'string') return first.message;
    if (first && typeof first.detail === 'string') return first.detail;
  }
  if (typeof body.title === 'string') return body.title;
  return undefined;
}

/** When a rate limit lifts: `x-rate-limit-reset` (epoch seconds), or one minute from now. */
function resetTime(headers: Headers, now = Date.now()): Date {
  const reset = Number(headers.get('x-rate-limit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    return new Date(Math.max(reset * 1000, now + 1000));
  }
  return new Date(now + 60_000);
}

/** An X refusal in plain words; rate limits carry the time they lift, 5xx retry with backoff. */
export function describeXError(answer: ProviderAnswer): OutboundError {
  const said = problemText(answer.body);
  const status = answer.status;
  if (status === 429) {
    return new OutboundError(
      'X is limiting how fast we send; it goes out when the limit lifts',
      true,
      429,
      resetTime(answer.headers),
    );
  }
  if (status === 401) {
    return new OutboundError(
      'the X access token for this account expired or was revoked; reconnect the account',
      false,
      401,
    );
  }
  if (status === 403) {
    const lower = (said ?? '').toLowerCase();
    if (lower.includes('duplicate')) {
      return new OutboundError('X refuses the same text twice in a row; change the wording', false, 403);
    }
    if (lower.includes('message') || lower.includes('dm') || lower.includes('conversation')) {
      return new OutboundError(
        'this person does not accept direct messages from us (closed DMs or blocked)',
        false,
        403,
      );
    }
    return new OutboundError(
      `X does not allow this${said ? `: ${said}` : ''} (the post may be deleted, protected, or we are blocked)`,
      false,
      403,
    );
  }
  if (status === 404) {
    return new OutboundError('the post or person no longer exists on X', false, 404);
  }
  if (status >= 500) {
    return new OutboundError('X had a temporary problem; trying again', true, status);
  }
  return new OutboundError(`X refused the message (HTTP ${status})${said ? `: ${said}` : ''}`, false, status);
}

/**
 * Sends on X through the API v2 with the account's OAuth 2.0 user token:
 * - DM: `POST {base}/2/dm_conversations/with/{participant_id}/messages` `{text}` → `{data:{dm_event_id}}`;
 * - public reply to a mention: `POST {base}/2/tweets` `{text, reply:{in_reply_to_tweet_id}}` →
 *   `{data:{id}}`, at most 280 characters (refused before sending);
 * - hide a reply to our own post: `PUT {base}/2/tweets/{id}/hidden` `{hidden:true}`.
 * A 429 carries `x-rate-limit-reset`; the send job waits until then.
 */
export class XSendAdapter implements ChannelAdapter {
  readonly channels: readonly Channel[] = ['x_dm', 'x_mention'];
  private readonly baseUrl: string;

  constructor(private readonly options: XSendAdapterOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async send(request: OutboundRequest): Promise<OutboundResult> {
    if (request.channel === 'x_dm' || request.privateReplyToComment) {
      const participant = request.recipientId;
      if (!participant) throw new OutboundError('the person to write to is unknown', false);
      const data = await this.call(
        request.accountId,
        'POST',
        `/2/dm_conversations/with/${encodeURIComponent(participant)}/messages`,
        { text: request.text },
      );
      return { providerMessageId: requireId(data, 'dm_event_id') };
    }
    if (request.channel !== 'x_mention') {
      throw new OutboundError(`this adapter does not send on ${request.channel}`, false);
    }
    if (!request.replyToCommentId) {
      throw new OutboundError('a public reply needs the post it answers', false);
    }
    if ([...request.text].length > X_POST_LIMIT) {
      throw new OutboundError(
        `a public reply on X holds at most ${X_POST_LIMIT} characters; shorten it or answer by DM`,
        false,
      );
    }
    const data = await this.call(request.accountId, 'POST', '/2/tweets', {
      text: request.text,
      reply: { in_reply_to_tweet_id: request.replyToCommentId },
    });
    return { providerMessageId: requireId(data, 'id') };
  }

  async hideComment(accountId: string, commentId: string): Promise<void> {
    const data = await this.call(accountId, 'PUT', `/2/tweets/${encodeURIComponent(commentId)}/hidden`, {
      hidden: true,
    });
    if (data.hidden !== true) throw new OutboundError('X did not confirm hiding the reply', false);
  }

  private async call(
    accountId: string,
    method: string,
    path: string,
    body: object,
  ): Promise<Record<string, unknown>> {
    let token: string;
    try {
      token = await this.options.tokenFor(accountId);
    } catch (err) {
      if (err instanceof OutboundError) throw err;
      throw new OutboundError('no X access token is available for this account; reconnect it', false);
    }
    const answer = await callProvider(
      `${this.baseUrl}${path}`,
      {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: JSON.stringify(body),
      },
      this.options.timeoutMs,
    );
    if (answer.status < 200 || answer.status >= 300) throw describeXError(answer);
    if (!isObject(answer.body) || !isObject(answer.body.data)) {
      throw new OutboundError(
        'X accepted the message but its answer could not be read; check before sending again',
        false,
      );
    }
    return answer.body.data;
  }
}

function requireId(data: Record<string, unknown>, key: string): string {
  const id = data[key];
  if (typeof id !== 'string' || id.length === 0) {
    throw new OutboundError('X accepted the message but gave no id; check before sending again', false);
  }
  return id;
}
