import type { Channel } from '@webcare/shared';
import {
  type EchoEvent,
  type InboundAttachment,
  type InboundEvent,
  type InboundMessageEvent,
  MalformedPayloadError,
} from '../inbound-event';
import {
  isObject,
  type JsonObject,
  metaEntryTime,
  optionalArray,
  optionalString,
  requireArray,
  requireId,
  requireObject,
  requireTime,
} from '../parse-util';

type Platform = 'page' | 'instagram';

/** Messenger Send API `message.metadata` we set on every outbound message, carried back on the echo. */
export const OUTBOUND_METADATA_PREFIX = 'inbox-outbound:';

interface EntryContext {
  platform: Platform;
  /** Our Page id or Instagram account id (entry.id). */
  accountId: string;
  /** entry.time; milliseconds for messaging entries, seconds for change entries. */
  entryTime: unknown;
}

/**
 * One Meta webhook delivery (`object: page` or `object: instagram`) to events.
 *
 * - `entry[].messaging[]`: Messenger / Instagram DMs. `message` (text, attachments; `is_echo` → echo;
 *   Instagram `is_deleted` → removed), `postback` (a button the person tapped: a message with the
 *   button's title, since that is what the person "said"), `read` → read watermark, `delivery` → delivered
 *   statuses for the listed mids. Reactions, referrals, opt-ins, handover notices and other kinds are
 *   ignored.
 * - `entry[].standby[]`: handover protocol. Meta delivers here what the person sends while another app
 *   (typically a chatbot) holds thread control. The person did write to the organisation, so standby
 *   messages are stored as messages (flagged `standby`) rather than dropped: nothing a person writes to a
 *   care organisation may go missing. Standby echoes, reads and deliveries are handled as on `messaging`.
 * - `entry[].changes[]` field `feed` item `comment`: verb `add` → facebook_comment message (by the page
 *   itself → echo), verb `remove` → removed. Edits, hides and other feed items (posts, reactions) are
 *   ignored. Timestamps are seconds here (`created_time`), milliseconds on messaging.
 * - `entry[].changes[]` field `comments` (Instagram) → instagram_comment message (by our account → echo).
 */
export function parseMetaDelivery(body: unknown): InboundEvent[] {
  const root = requireObject(body, 'body');
  if (root.object !== 'page' && root.object !== 'instagram') {
    throw new MalformedPayloadError(
      typeof root.object === 'string' ? 'object is not page or instagram' : 'object is missing',
    );
  }
  const platform: Platform = root.object;
  const events: InboundEvent[] = [];
  for (const rawEntry of requireArray(root.entry, 'entry')) {
    const entry = requireObject(rawEntry, 'entry item');
    const ctx: EntryContext = { platform, accountId: requireId(entry.id, 'entry.id'), entryTime: entry.time };
    for (const item of optionalArray(entry.messaging, 'entry.messaging')) {
      events.push(...messagingEvent(requireObject(item, 'messaging item'), ctx, false));
    }
    for (const item of optionalArray(entry.standby, 'entry.standby')) {
      events.push(...messagingEvent(requireObject(item, 'standby item'), ctx, true));
    }
    for (const item of optionalArray(entry.changes, 'entry.changes')) {
      events.push(...changeEvent(requireObject(item, 'changes item'), ctx));
    }
  }
  return events;
}

function dmChannel(platform: Platform): Channel {
  return platform === 'page' ? 'messenger' : 'instagram_dm';
}

function participantId(value: unknown, what: string): string {
  return requireId(requireObject(value, what).id, `${what}.id`);
}

function messagingEvent(event: JsonObject, ctx: EntryContext, standby: boolean): InboundEvent[] {
  const message = isObject(event.message) ? event.message : undefined;
  const postback = isObject(event.postback) ? event.postback : undefined;
  const read = isObject(event.read) ? event.read : undefined;
  const delivery = isObject(event.delivery) ? event.delivery : undefined;
  if (!message && !postback && !read && !delivery) {
    // Reactions, referrals, opt-ins, handover notices, message edits and kinds Meta adds later.
    return [];
  }
  const senderId = participantId(event.sender, 'sender');
  const recipientId = participantId(event.recipient, 'recipient');
  const timestamp = requireTime(event.timestamp, 'ms', 'timestamp');
  const channel = dmChannel(ctx.platform);
  const provider = 'meta' as const;

  if (message) {
    const mid = requireId(message.mid, 'message.mid');
    if (message.is_deleted === true) {
      // Instagram: the person unsent the message.
      return [{ kind: 'removed', provider, providerMessageId: mid, at: timestamp }];
    }
    const text = typeof message.text === 'string' ? message.text : '';
    const attachments = parseAttachments(message.attachments);
    if (message.is_unsupported === true) {
      attachments.push({ type: 'other', url: '', providerType: 'unsupported' });
    }
    if (message.is_echo === true) {
      const echo: EchoEvent = {
        kind: 'echo',
        provider,
        channel,
        providerMessageId: mid,
        accountId: ctx.accountId,
        recipientId,
        text,
        sentAt: timestamp,
      };
      if (attachments.length > 0) {
        echo.attachments = attachments;
      }
      const metadata = optionalString(message.metadata);
      if (metadata?.startsWith(OUTBOUND_METADATA_PREFIX)) {
        echo.outboundKey = metadata.slice(OUTBOUND_METADATA_PREFIX.length);
      }
      return [echo];
    }
    const inbound: InboundMessageEvent = {
      kind: 'message',
      provider,
      channel,
      providerMessageId: mid,
      accountId: ctx.accountId,
      sender: { providerId: senderId },
      text,
      attachments,
      sentAt: timestamp,
    };
    const replyTo = isObject(message.reply_to) ? optionalString(message.reply_to.mid) : undefined;
    if (replyTo) {
      inbound.replyToId = replyTo;
    }
    if (standby) {
      inbound.standby = true;
    }
    return [inbound];
  }

  if (postback) {
    // Older postbacks carry no mid; the sender and the millisecond timestamp identify them instead.
    const mid = optionalString(postback.mid) ?? `postback:${senderId}:${timestamp.getTime()}`;
    const text = optionalString(postback.title) ?? optionalString(postback.payload) ?? '';
    const inbound: InboundMessageEvent = {
      kind: 'message',
      provider,
      channel,
      providerMessageId: mid,
      accountId: ctx.accountId,
      sender: { providerId: senderId },
      text,
      attachments: [],
      sentAt: timestamp,
    };
    if (standby) {
      inbound.standby = true;
    }
    return [inbound];
  }

  if (read) {
    // Messenger gives a watermark (everything sent before it was read); Instagram names one mid, read at
    // the event's timestamp.
    const watermark =
      read.watermark !== undefined ? requireTime(read.watermark, 'ms', 'read.watermark') : timestamp;
    return [
      { kind: 'read_watermark', provider, accountId: ctx.accountId, contactProviderId: senderId, watermark },
    ];
  }

  // Delivery receipts: statuses for the mids named; a watermark-only receipt names no message.
  const mids = optionalArray(delivery?.mids, 'delivery.mids').filter(
    (mid): mid is string => typeof mid === 'string' && mid.length > 0,
  );
  return mids.map((mid) => ({
    kind: 'status',
    provider,
    providerMessageId: mid,
    status: 'delivered',
    at: timestamp,
    accountId: ctx.accountId,
    recipientId: senderId,
  }));
}

function attachmentType(type: string | undefined, payload: JsonObject): InboundAttachment['type'] {
  switch (type) {
    case 'image':
      return payload.sticker_id !== undefined ? 'sticker' : 'image';
    case 'video':
    case 'ig_reel':
    case 'reel':
      return 'video';
    case 'audio':
      return 'audio';
    case 'file':
      return 'file';
    case 'location':
      return 'location';
    default:
      // story_mention, share, fallback (a shared link), template, and kinds Meta adds later.
      return 'other';
  }
}

function parseAttachments(value: unknown): InboundAttachment[] {
  const result: InboundAttachment[] = [];
  for (const raw of optionalArray(value, 'message.attachments')) {
    if (!isObject(raw)) {
      continue;
    }
    const providerType = optionalString(raw.type);
    const payload = isObject(raw.payload) ? raw.payload : {};
    const type = attachmentType(providerType, payload);
    let url = optionalString(payload.url) ?? '';
    if (type === 'location' && isObject(payload.coordinates)) {
      const { lat, long } = payload.coordinates;
      if (typeof lat === 'number' && typeof long === 'number') {
        url = `geo:${lat},${long}`;
      }
    }
    const attachment: InboundAttachment = { type, url };
    if (providerType && providerType !== type) {
      attachment.providerType = providerType;
    }
    result.push(attachment);
  }
  return result;
}

function changeEvent(change: JsonObject, ctx: EntryContext): InboundEvent[] {
  const field = change.field;
  if (ctx.platform === 'page' && field === 'feed') {
    return feedEvent(requireObject(change.value, 'changes.value'), ctx);
  }
  if (ctx.platform === 'instagram' && field === 'comments') {
    return instagramCommentEvent(requireObject(change.value, 'changes.value'), ctx);
  }
  if (ctx.platform === 'instagram' && field === 'messages' && isObject(change.value)) {
    // Instagram API with Instagram Login can deliver DMs as a change whose value is a messaging event.
    return messagingEvent(change.value, ctx, false);
  }
  // mentions, live_comments, story_insights, other feed fields: not conversations we answer.
  return [];
}

function feedEvent(value: JsonObject, ctx: EntryContext): InboundEvent[] {
  if (value.item !== 'comment') {
    // Posts, reactions, likes, shares and status updates on the page.
    return [];
  }
  const provider = 'meta' as const;
  const commentId = requireId(value.comment_id, 'comment_id');
  if (value.verb === 'remove') {
    const at =
      value.created_time !== undefined
        ? requireTime(value.created_time, 's', 'created_time')
        : metaEntryTime(ctx.entryTime, 'entry.time');
    return [{ kind: 'removed', provider, providerMessageId: commentId, at }];
  }
  if (value.verb !== 'add') {
    // edited, hide, unhide: the comment we stored stays as the person first wrote it.
    return [];
  }
  const postId = requireId(value.post_id, 'post_id');
  const fromId = participantId(value.from, 'from');
  const sentAt = requireTime(value.created_time, 's', 'created_time');
  const text = typeof value.message === 'string' ? value.message : '';
  // A top-level comment's parent is the post itself; only a reply has a parent comment.
  const parent = optionalString(value.parent_id);
  const parentId = parent && parent !== postId ? parent : undefined;
  const attachments: InboundAttachment[] = [];
  const photo = optionalString(value.photo);
  if (photo) {
    attachments.push({ type: 'image', url: photo });
  }
  const video = optionalString(value.video);
  if (video) {
    attachments.push({ type: 'video', url: video });
  }

  if (fromId === ctx.accountId) {
    const echo: EchoEvent = {
      kind: 'echo',
      provider,
      channel: 'facebook_comment',
      providerMessageId: commentId,
      accountId: ctx.accountId,
      recipientId: parentId ?? postId,
      text,
      sentAt,
      postId,
    };
    if (parentId) {
      echo.parentId = parentId;
    }
    if (attachments.length > 0) {
      echo.attachments = attachments;
    }
    return [echo];
  }
  const from = requireObject(value.from, 'from');
  const name = optionalString(from.name);
  const message: InboundMessageEvent = {
    kind: 'message',
    provider,
    channel: 'facebook_comment',
    providerMessageId: commentId,
    accountId: ctx.accountId,
    sender: name ? { providerId: fromId, name } : { providerId: fromId },
    postId,
    text,
    attachments,
    sentAt,
  };
  if (parentId) {
    message.parentId = parentId;
  }
  return [message];
}

function instagramCommentEvent(value: JsonObject, ctx: EntryContext): InboundEvent[] {
  const provider = 'meta' as const;
  const commentId = requireId(value.id, 'comment id');
  const fromId = participantId(value.from, 'from');
  const from = requireObject(value.from, 'from');
  // The comments field carries no time of its own: the entry's time (seconds) is when it was made.
  const sentAt = metaEntryTime(ctx.entryTime, 'entry.time');
  const text = typeof value.text === 'string' ? value.text : '';
  const postId = isObject(value.media) ? optionalString(value.media.id) : undefined;
  const parentId = optionalString(value.parent_id);

  if (fromId === ctx.accountId) {
    const echo: EchoEvent = {
      kind: 'echo',
      provider,
      channel: 'instagram_comment',
      providerMessageId: commentId,
      accountId: ctx.accountId,
      recipientId: parentId ?? postId ?? '',
      text,
      sentAt,
    };
    if (postId) {
      echo.postId = postId;
    }
    if (parentId) {
      echo.parentId = parentId;
    }
    return [echo];
  }
  const handle = optionalString(from.username);
  const message: InboundMessageEvent = {
    kind: 'message',
    provider,
    channel: 'instagram_comment',
    providerMessageId: commentId,
    accountId: ctx.accountId,
    sender: handle ? { providerId: fromId, handle } : { providerId: fromId },
    text,
    attachments: [],
    sentAt,
  };
  if (postId) {
    message.postId = postId;
  }
  if (parentId) {
    message.parentId = parentId;
  }
  return [message];
}
