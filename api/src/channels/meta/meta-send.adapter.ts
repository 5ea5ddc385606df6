import type { Channel } from '@webcare/shared';
import { type GraphClientOptions, type GraphError, GraphClient, graphErrorCode } from '../graph-client';
import { type ChannelAdapter, OutboundError, type OutboundRequest, type OutboundResult } from '../outbound';
import type { JsonObject } from '../parse-util';
import { OUTBOUND_METADATA_PREFIX } from './meta-parser';

/** Rate limits and temporary failures: the same request can succeed later. */
const RATE_LIMIT_CODES = new Set([
  4, 17, 32, 341, 613, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009,
]);
const TEMPORARY_CODES = new Set([1, 2]);
/** Outside the 24-hour messaging window (Messenger 10/2018278, Instagram 10/2534022). */
const OUTSIDE_WINDOW_SUBCODES = new Set([2018278, 2534022]);

export const META_24H_MESSAGE =
  "more than 24 hours since the person's last message: Meta no longer allows a reply here; use another channel or call back";

/** A Graph API refusal in plain words; retryable for 5xx, 429, rate limits and temporary errors. */
export function describeMetaError(httpStatus: number, error: GraphError | undefined): OutboundError {
  const code = error?.code;
  const subcode = error?.error_subcode;
  const providerCode = graphErrorCode(error);
  if (subcode !== undefined && OUTSIDE_WINDOW_SUBCODES.has(subcode)) {
    return new OutboundError(META_24H_MESSAGE, false, providerCode);
  }
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
    return new OutboundError('Meta is limiting how fast we send; trying again later', true, providerCode);
  }
  if (code !== undefined && TEMPORARY_CODES.has(code)) {
    return new OutboundError('Meta had a temporary problem; trying again', true, providerCode);
  }
  switch (code) {
    case 190:
      return new OutboundError(
        'the access token for this account expired or was revoked; reconnect the account',
        false,
        providerCode,
      );
    case 551:
      return new OutboundError('this person cannot receive messages from us right now', false, providerCode);
    case 368:
      return new OutboundError(
        'Meta temporarily blocked this account from sending (policy)',
        false,
        providerCode,
      );
    case 100:
      if (subcode === 33) {
        return new OutboundError(
          'the comment or post no longer exists or cannot be reached',
          false,
          providerCode,
        );
      }
      return new OutboundError(
        `Meta refused the request as invalid${error?.message ? `: ${error.message}` : ''}`,
        false,
        providerCode,
      );
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    return new OutboundError(
      'the connected account lacks permission for this; check the page or account permissions',
      false,
      providerCode,
    );
  }
  if (httpStatus === 429 || httpStatus >= 500 || error?.is_transient === true) {
    return new OutboundError('Meta had a temporary problem; trying again', true, providerCode);
  }
  const said = error?.error_user_msg ?? error?.message;
  return new OutboundError(
    `Meta refused the message${code !== undefined ? ` (code ${providerCode})` : ` (HTTP ${httpStatus})`}${said ? `: ${said}` : ''}`,
    false,
    providerCode,
  );
}

function requireString(body: JsonObject, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value.length === 0) {
    throw new OutboundError(
      'the provider accepted the message but gave no id; check before sending again',
      false,
    );
  }
  return value;
}

/**
 * Sends through the Graph API for Messenger, Instagram DMs and public comments (Facebook Page and
 * Instagram):
 * - DM: `POST {base}/{accountId}/messages` `{recipient:{id}, messaging_type:'RESPONSE', message:{text}}`
 *   (Messenger also gets `message.metadata` with our idempotencyKey, which Meta carries back on the echo).
 * - Private reply to a public comment: the same endpoint with `recipient:{comment_id}`.
 * - Public reply: Facebook `POST {base}/{commentId}/comments` `{message}`, Instagram
 *   `POST {base}/{commentId}/replies` `{message}`.
 * - Hide a comment: Facebook `POST {base}/{commentId}` `{is_hidden:true}`, Instagram `{hide:true}`.
 *
 * No duplicates: these endpoints take no idempotency key, so a request repeated after a lost answer would
 * send twice. The send job prevents that: it records the provider message id before completing and
 * checks for one before any retry. The Messenger metadata lets an echo be matched to our message.
 */
export class MetaSendAdapter implements ChannelAdapter {
  readonly channels: readonly Channel[] = [
    'messenger',
    'instagram_dm',
    'facebook_comment',
    'instagram_comment',
  ];
  private readonly graph: GraphClient;

  constructor(options: GraphClientOptions) {
    this.graph = new GraphClient(options, describeMetaError);
  }

  async send(request: OutboundRequest): Promise<OutboundResult> {
    if (!this.channels.includes(request.channel)) {
      throw new OutboundError(`this adapter does not send on ${request.channel}`, false);
    }
    const isComment = request.channel === 'facebook_comment' || request.channel === 'instagram_comment';
    if (request.privateReplyToComment) {
      return this.privateReply(request);
    }
    if (isComment) {
      if (!request.replyToCommentId) {
        throw new OutboundError('a public reply needs the comment or post it answers', false);
      }
      return this.publicReply(request, request.replyToCommentId);
    }
    const message: JsonObject = { text: request.text };
    if (request.channel === 'messenger') {
      message.metadata = `${OUTBOUND_METADATA_PREFIX}${request.idempotencyKey}`;
    }
    const answer = await this.graph.post(request.accountId, [request.accountId, 'messages'], {
      recipient: { id: request.recipientId },
      ...(request.humanAgentTag
        ? { messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' }
        : { messaging_type: 'RESPONSE' }),
      message,
    });
    return { providerMessageId: requireString(answer, 'message_id') };
  }

  async hideComment(
    accountId: string,
    commentId: string,
    channel: Channel = 'facebook_comment',
  ): Promise<void> {
    const body = channel === 'instagram_comment' ? { hide: true } : { is_hidden: true };
    const answer = await this.graph.post(accountId, [commentId], body);
    if (answer.success !== true) {
      throw new OutboundError('Meta did not confirm hiding the comment', false);
    }
  }

  private async privateReply(request: OutboundRequest): Promise<OutboundResult> {
    if (!request.replyToCommentId) {
      throw new OutboundError('a private reply needs the comment it answers', false);
    }
    const answer = await this.graph.post(request.accountId, [request.accountId, 'messages'], {
      recipient: { comment_id: request.replyToCommentId },
      message: { text: request.text },
    });
    return { providerMessageId: requireString(answer, 'message_id') };
  }

  private async publicReply(request: OutboundRequest, commentId: string): Promise<OutboundResult> {
    const edge = request.channel === 'instagram_comment' ? 'replies' : 'comments';
    const answer = await this.graph.post(request.accountId, [commentId, edge], { message: request.text });
    return { providerMessageId: requireString(answer, 'id') };
  }
}
