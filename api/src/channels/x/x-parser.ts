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
  optionalArray,
  optionalString,
  plausibleTime,
  requireId,
  requireObject,
  requireTime,
} from '../parse-util';

/**
 * One X Account Activity delivery to events. `for_user_id` is our account.
 *
 * - `direct_message_events[]` of type `message_create` → x_dm messages; those sent by our own account
 *   (`sender_id === for_user_id`, whichever app sent them) → echoes. Names come from the `users` map.
 * - `tweet_create_events[]` → x_mention messages (mentions of and replies to our account); our own tweets
 *   → echoes. Retweets are skipped: they add no words of their own.
 * - `tweet_delete_events[]` → removed.
 * - Favourites, follows, typing and read indicators and other kinds are ignored.
 *
 * Ids are taken from string fields only (`id_str`, or ids X sends as strings): X ids exceed what a
 * JavaScript number holds exactly, so numeric ids are never read.
 */
export function parseXDelivery(body: unknown): InboundEvent[] {
  const root = requireObject(body, 'body');
  if (root.for_user_id === undefined && isObject(root.user_event)) {
    // Authorisation revoked notice: concerns the account, not a conversation.
    return [];
  }
  const accountId = requireId(root.for_user_id, 'for_user_id');
  const users = isObject(root.users) ? root.users : {};
  const events: InboundEvent[] = [];
  for (const raw of optionalArray(root.direct_message_events, 'direct_message_events')) {
    const event = directMessage(requireObject(raw, 'direct_message_events item'), accountId, users);
    if (event) {
      events.push(event);
    }
  }
  for (const raw of optionalArray(root.tweet_create_events, 'tweet_create_events')) {
    const event = tweet(requireObject(raw, 'tweet_create_events item'), accountId);
    if (event) {
      events.push(event);
    }
  }
  for (const raw of optionalArray(root.tweet_delete_events, 'tweet_delete_events')) {
    const deleted = requireObject(raw, 'tweet_delete_events item');
    const status = requireObject(deleted.status, 'tweet_delete_events.status');
    events.push({
      kind: 'removed',
      provider: 'x',
      providerMessageId: requireId(status.id, 'tweet_delete_events.status.id'),
      at: requireTime(deleted.timestamp_ms, 'ms', 'tweet_delete_events.timestamp_ms'),
    });
  }
  return events;
}

function mediaAttachment(media: JsonObject): InboundAttachment | undefined {
  const url = optionalString(media.media_url_https) ?? optionalString(media.media_url);
  if (!url) {
    return undefined;
  }
  const providerType = optionalString(media.type);
  const type: InboundAttachment['type'] =
    providerType === 'photo'
      ? 'image'
      : providerType === 'video' || providerType === 'animated_gif'
        ? 'video'
        : 'other';
  const attachment: InboundAttachment = { type, url };
  if (providerType && providerType !== 'photo' && providerType !== 'video') {
    attachment.providerType = providerType;
  }
  return attachment;
}

/** X appends the media's t.co link to the text; the attachment already stands for it. */
function withoutLink(text: string, link: string | undefined): string {
  return link ? text.split(link).join('').trim() : text;
}

function directMessage(event: JsonObject, accountId: string, users: JsonObject): InboundEvent | undefined {
  if (event.type !== 'message_create') {
    return undefined;
  }
  const id = requireId(event.id, 'direct message id');
  const sentAt = requireTime(event.created_timestamp, 'ms', 'created_timestamp');
  const create = requireObject(event.message_create, 'message_create');
  const senderId = requireId(create.sender_id, 'message_create.sender_id');
  const recipientId = requireId(
    requireObject(create.target, 'message_create.target').recipient_id,
    'recipient_id',
  );
  const data = isObject(create.message_data) ? create.message_data : {};
  let text = typeof data.text === 'string' ? data.text : '';
  const attachments: InboundAttachment[] = [];
  if (isObject(data.attachment) && isObject(data.attachment.media)) {
    const media = data.attachment.media;
    const attachment = mediaAttachment(media);
    if (attachment) {
      attachments.push(attachment);
      text = withoutLink(text, optionalString(media.url));
    }
  }

  if (senderId === accountId) {
    const echo: EchoEvent = {
      kind: 'echo',
      provider: 'x',
      channel: 'x_dm',
      providerMessageId: id,
      accountId,
      recipientId,
      text,
      sentAt,
    };
    if (attachments.length > 0) {
      echo.attachments = attachments;
    }
    return echo;
  }
  const user = isObject(users[senderId]) ? (users[senderId] as JsonObject) : {};
  const sender: InboundMessageEvent['sender'] = { providerId: senderId };
  const name = optionalString(user.name);
  if (name) {
    sender.name = name;
  }
  const handle = optionalString(user.screen_name);
  if (handle) {
    sender.handle = handle;
  }
  return {
    kind: 'message',
    provider: 'x',
    channel: 'x_dm',
    providerMessageId: id,
    accountId,
    sender,
    text,
    attachments,
    sentAt,
  };
}

function tweetTime(event: JsonObject): Date {
  if (event.timestamp_ms !== undefined) {
    return requireTime(event.timestamp_ms, 'ms', 'timestamp_ms');
  }
  const parsed = typeof event.created_at === 'string' ? Date.parse(event.created_at) : NaN;
  if (Number.isNaN(parsed)) {
    throw new MalformedPayloadError('tweet has no time');
  }
  return plausibleTime(new Date(parsed), 'created_at');
}

function tweet(event: JsonObject, accountId: string): InboundEvent | undefined {
  if (event.retweeted_status !== undefined) {
    return undefined;
  }
  const id = requireId(event.id_str, 'tweet id_str');
  const user = requireObject(event.user, 'tweet user');
  const userId = requireId(user.id_str, 'tweet user.id_str');
  const sentAt = tweetTime(event);
  const extended = isObject(event.extended_tweet) ? event.extended_tweet : undefined;
  const text =
    optionalString(extended?.full_text) ??
    optionalString(event.full_text) ??
    (typeof event.text === 'string' ? event.text : '');
  const entities = isObject(extended?.extended_entities)
    ? extended.extended_entities
    : isObject(event.extended_entities)
      ? event.extended_entities
      : {};
  const attachments = optionalArray(entities.media, 'extended_entities.media')
    .filter(isObject)
    .map(mediaAttachment)
    .filter((a): a is InboundAttachment => a !== undefined);
  // A reply belongs to the tweet it answers; a tweet that answers nothing starts its own thread.
  const parentId = optionalString(event.in_reply_to_status_id_str);
  const postId = parentId ?? id;

  if (userId === accountId) {
    const echo: EchoEvent = {
      kind: 'echo',
      provider: 'x',
      channel: 'x_mention',
      providerMessageId: id,
      accountId,
      recipientId: optionalString(event.in_reply_to_user_id_str) ?? '',
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
    return echo;
  }
  const sender: InboundMessageEvent['sender'] = { providerId: userId };
  const name = optionalString(user.name);
  if (name) {
    sender.name = name;
  }
  const handle = optionalString(user.screen_name);
  if (handle) {
    sender.handle = handle;
  }
  const message: InboundMessageEvent = {
    kind: 'message',
    provider: 'x',
    channel: 'x_mention',
    providerMessageId: id,
    accountId,
    sender,
    postId,
    text,
    attachments,
    sentAt,
  };
  if (parentId) {
    message.parentId = parentId;
  }
  return message;
}
