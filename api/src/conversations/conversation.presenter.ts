import {
  type Channel,
  type ConversationStatus,
  type ConversationSummary,
  type FlagSummary,
  type MessageView,
  type Priority,
  type SuggestedSwitch,
  type Visibility,
  hasDangerFlag,
  slaStateAt,
} from '@webcare/shared';
import type { MessageEntity } from './message.entity';

/** The columns the queue query selects; shared by list, detail and realtime pushes. */
export interface ConversationRow {
  id: string;
  channel: Channel;
  visibility: Visibility;
  status: ConversationStatus;
  priority: Priority;
  flags: FlagSummary[];
  suggested_switch: SuggestedSwitch | null;
  contact_id: string;
  contact_name: string;
  assignee_id: string | null;
  assignee_name: string | null;
  last_message_at: Date;
  last_inbound_at: Date | null;
  last_message_preview: string;
  sla_due_at: Date | null;
  sla_near_at?: Date | null;
  last_read_at: Date | null;
  team_id: string | null;
  call_back_due_at: Date | null;
  first_response_at?: Date | null;
  danger_since?: Date | null;
  /** Keyset cursor parts, as PostgreSQL text so they round-trip exactly. */
  priority_rank: number;
  sla_sort_text: string;
  last_message_text: string;
}

export const PREVIEW_LENGTH = 140;

export function previewOf(text: string, attachmentCount: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length > 0) return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
  return attachmentCount > 0 ? '📎' : '';
}

/** Crisis or safeguarding (possible ones too), not closed, and nobody has answered or reached them. */
export function needsFirstContact(
  row: Pick<ConversationRow, 'status' | 'flags' | 'first_response_at'>,
): boolean {
  return row.status !== 'resolved' && !row.first_response_at && hasDangerFlag(row.flags);
}

export function toConversationSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    channel: row.channel,
    visibility: row.visibility,
    status: row.status,
    priority: row.priority,
    flags: row.flags,
    suggestedSwitch: row.suggested_switch?.kind ?? null,
    contact: { id: row.contact_id, displayName: row.contact_name },
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    lastMessageAt: row.last_message_at.toISOString(),
    lastMessagePreview: row.last_message_preview,
    slaDueAt: row.sla_due_at?.toISOString() ?? null,
    unread: !!row.last_inbound_at && (!row.last_read_at || row.last_inbound_at > row.last_read_at),
    callBackDueAt: row.call_back_due_at?.toISOString() ?? null,
    slaState:
      row.status === 'pending' ? 'paused' : slaStateAt(new Date(), row.sla_near_at ?? null, row.sla_due_at),
    needsFirstContact: needsFirstContact(row),
    dangerSince: row.danger_since?.toISOString() ?? null,
  };
}

/** Provider media of a message from the person: fetched through the inbox, never linked to directly. */
export function isVisualMediaUrl(url: string): boolean {
  return url.startsWith('whatsapp-media:') || url.startsWith('webchat-media:') || /^https?:\/\//.test(url);
}

/** Attachments of a message from the person point at the inbox's media endpoint (signed-in users only). */
function attachmentViews(message: MessageEntity): MessageView['attachments'] {
  if (message.direction !== 'in') return message.attachments;
  return message.attachments.map((attachment, index) =>
    attachment.type !== 'location' && isVisualMediaUrl(attachment.url)
      ? {
          ...attachment,
          url: `/api/conversations/${message.conversationId}/messages/${message.id}/media/${index}`,
        }
      : attachment,
  );
}

/** Names a topic code in Dutch and English (the topic list in use: TopicListService.labelsOf). */
export type TopicLabeller = (code: string) => { nl: string; en: string };

export function toMessageView(
  message: MessageEntity,
  contactName: string,
  labelsOf: TopicLabeller,
): MessageView {
  const author =
    message.direction === 'in'
      ? { id: null, name: contactName }
      : message.author
        ? { id: message.author.id, name: message.author.name }
        : message.direction === 'out'
          ? { id: null, name: 'Via provider' }
          : null;
  return {
    id: message.id,
    direction: message.direction,
    text: message.text,
    attachments: attachmentViews(message),
    createdAt: message.sentAt.toISOString(),
    author,
    deliveryStatus: message.deliveryStatus,
    deliveryError: message.deliveryError,
    visibility: message.visibility,
    flags: message.flags,
    topics: message.topics.map((code) => ({ code, labels: labelsOf(code) })),
    hiddenAt: message.hiddenAt?.toISOString() ?? null,
    ...(message.noteCode ? { systemNote: { code: message.noteCode, params: message.noteParams ?? {} } } : {}),
    ...(message.approvalState ? approvalOf(message) : {}),
  };
}

/** A reply under the four-eyes policy: its approval, and `status` while it is not (yet) going out. */
function approvalOf(message: MessageEntity): Pick<MessageView, 'approval' | 'status'> {
  const state = message.approvalState!;
  return {
    approval: {
      state,
      decidedBy: message.approvalDecider
        ? { id: message.approvalDecider.id, name: message.approvalDecider.name }
        : null,
      decidedAt: message.approvalDecidedAt?.toISOString() ?? null,
      remark: message.approvalRemark,
    },
    ...(state === 'awaiting'
      ? { status: 'awaiting_approval' as const }
      : state === 'returned' || state === 'withdrawn'
        ? { status: state }
        : {}),
  };
}

/** Public comment threads can also be answered privately (Meta private replies); X mentions only publicly. */
export function replyVisibilitiesOf(channel: Channel): Visibility[] {
  if (channel === 'facebook_comment' || channel === 'instagram_comment') return ['public', 'private'];
  if (channel === 'x_mention') return ['public'];
  return ['private'];
}
