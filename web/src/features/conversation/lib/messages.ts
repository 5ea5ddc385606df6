import type { ConversationDetail, ConversationSummary, MessageView } from '@webcare/shared';
import { isLocalMessage } from '../../../lib/local-messages';

export { isLocalMessage };

/** How far a message got; updates can arrive out of order (the socket may beat the HTTP answer). */
const DELIVERY_RANK: Record<MessageView['deliveryStatus'], number> = {
  received: 0,
  queued: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
};

/** Insert or replace a message, keeping the thread in time order and never stepping a delivery status back. */
export function upsertMessage(messages: readonly MessageView[], message: MessageView): MessageView[] {
  const existing = messages.findIndex((item) => item.id === message.id);
  if (existing >= 0) {
    const known = messages[existing]!;
    const stale = DELIVERY_RANK[message.deliveryStatus] < DELIVERY_RANK[known.deliveryStatus];
    const next = [...messages];
    next[existing] = stale
      ? { ...known, ...message, deliveryStatus: known.deliveryStatus, deliveryError: known.deliveryError }
      : { ...known, ...message };
    return next;
  }
  // Our own reply can come back over the socket before the HTTP answer: it takes the optimistic one's place.
  const local = isLocalMessage(message)
    ? -1
    : messages.findIndex(
        (item) => isLocalMessage(item) && item.direction === message.direction && item.text === message.text,
      );
  if (local >= 0) {
    const next = [...messages];
    next[local] = message;
    return next;
  }
  const next = [...messages, message];
  const time = Date.parse(message.createdAt);
  let index = next.length - 1;
  while (index > 0 && Date.parse(next[index - 1]!.createdAt) > time) {
    next[index] = next[index - 1]!;
    index--;
  }
  next[index] = message;
  return next;
}

/** Swap an optimistic message for the stored one (which the socket may already have delivered). */
export function replaceLocalMessage(
  messages: readonly MessageView[],
  localId: string,
  stored: MessageView,
): MessageView[] {
  return upsertMessage(
    messages.filter((item) => item.id !== localId),
    stored,
  );
}

/** Apply a live summary to the open conversation; the detailed parts (thread, contact card) stay. */
export function mergeSummary(detail: ConversationDetail, row: ConversationSummary): ConversationDetail {
  const keepSwitch = row.suggestedSwitch !== null && detail.suggestedSwitch?.kind === row.suggestedSwitch;
  return {
    ...detail,
    channel: row.channel,
    visibility: row.visibility,
    status: row.status,
    priority: row.priority,
    flags: row.flags,
    assignee: row.assignee,
    lastMessageAt: row.lastMessageAt,
    lastMessagePreview: row.lastMessagePreview,
    slaDueAt: row.slaDueAt,
    callBackDueAt: row.callBackDueAt,
    unread: false,
    contact: { ...detail.contact, displayName: row.contact.displayName },
    suggestedSwitch: keepSwitch ? detail.suggestedSwitch : null,
  };
}

/** The summary fields of a detail, for putting the row in the queue. */
export function toSummary(detail: ConversationDetail): ConversationSummary {
  return {
    id: detail.id,
    channel: detail.channel,
    visibility: detail.visibility,
    status: detail.status,
    priority: detail.priority,
    flags: detail.flags.map(({ code, severity }) => ({ code, severity })),
    suggestedSwitch: detail.suggestedSwitch?.kind ?? null,
    contact: { id: detail.contact.id, displayName: detail.contact.displayName },
    assignee: detail.assignee,
    lastMessageAt: detail.lastMessageAt,
    lastMessagePreview: detail.lastMessagePreview,
    slaDueAt: detail.slaDueAt,
    unread: false,
    callBackDueAt: detail.callBackDueAt,
    ...(detail.slaState !== undefined ? { slaState: detail.slaState } : {}),
  };
}

export function isSummary(value: unknown): value is ConversationSummary {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'status' in value &&
    'priority' in value &&
    'contact' in value
  );
}
