import type { MessageApproval } from './workload';
import type { MessagingWindow } from './reply-limits';
import type { Channel, Visibility } from './channels';
import type { FlagCode, Priority, Severity, SuggestedSwitch, SwitchKind, TriageFlag } from './triage';

export const ROLES = ['agent', 'advisor', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const CONVERSATION_STATUSES = ['new', 'open', 'pending', 'escalated', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** On login and `/api/me`: whether the user has two-factor login on. */
  twoFactor?: boolean;
  /** On login and `/api/me`: the policy asks this session to set up two-factor login before anything else. */
  secondFactorSetupNeeded?: boolean;
}

export interface LoginRequest {
  email: string;
  password: string;
}
export interface LoginResponse {
  accessToken: string;
  user: UserSummary;
}

export type TeamKind = 'region' | 'expertise';
export interface TeamSummary {
  id: string;
  name: string;
  kind: TeamKind;
}

export interface FlagSummary {
  code: FlagCode;
  severity: Severity;
  /** Only the learned model raised it, on every message that has it: shown as "possible". */
  possible?: boolean;
}

export interface ContactSummary {
  id: string;
  displayName: string;
}

export interface AssigneeSummary {
  id: string;
  name: string;
}

export interface ConversationSummary {
  id: string;
  channel: Channel;
  visibility: Visibility;
  status: ConversationStatus;
  priority: Priority;
  flags: FlagSummary[];
  suggestedSwitch: SwitchKind | null;
  contact: ContactSummary;
  assignee: AssigneeSummary | null;
  lastMessageAt: string;
  lastMessagePreview: string;
  slaDueAt: string | null;
  /** Messages that came in after the current user last read this conversation. */
  unread: boolean;
  /** Due time of the open call-back task, if any. */
  callBackDueAt: string | null;
  /** Where the running response deadline stands: near is its last 20 %; null when none runs. */
  slaState?: 'ok' | 'near' | 'breached' | 'paused' | null;
  /**
   * A crisis or safeguarding flag (possible ones too) and nobody has answered or reached the person yet:
   * closing needs a reason, and the console pins it in "Eerst contact nodig".
   */
  needsFirstContact?: boolean;
  /** When the newest crisis or safeguarding message came in (orders the first-contact lane). */
  dangerSince?: string | null;
}

export interface ConversationListQuery {
  status?: ConversationStatus;
  channel?: Channel;
  flag?: FlagCode;
  assignee?: 'me' | 'none' | string;
  team?: string;
  /** `needed`: the first-contact lane — unanswered crisis and safeguarding work, newest danger first. */
  firstContact?: 'needed';
  /** Full-text search over message text and contact names (Dutch and English), best matches first. */
  q?: string;
  limit?: number;
  cursor?: string;
}

export interface ConversationPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

export type MessageDirection = 'in' | 'out' | 'note';
export type DeliveryStatus = 'received' | 'queued' | 'sent' | 'delivered' | 'read' | 'failed';

export interface AttachmentView {
  type: 'image' | 'video' | 'audio' | 'file' | 'sticker' | 'location' | 'other';
  url: string;
}

/** Notes the inbox writes itself (escalations, call-backs, channel switches). */
export type SystemNoteCode =
  | 'escalation.created'
  | 'escalation.taken_over'
  | 'escalation.returned'
  | 'escalation.withdrawn'
  | 'escalation.handover_closed'
  | 'escalation.closed_without_advice'
  | 'call_back.planned'
  | 'call_back.outcome'
  | 'switch.sent'
  | 'workload.auto_assigned'
  | 'workload.unanswered_returned'
  | 'workload.offline_reassigned'
  | 'workload.reminder_sent'
  | 'workload.resolved_no_answer'
  | 'approval.returned';

/** A note as a code and its parameters, so each console words it in its own language. */
export interface SystemNote {
  code: SystemNoteCode;
  params: Record<string, string | null>;
}

/** A topic of a message: its code and its name in Dutch and English. */
export interface MessageTopic {
  code: string;
  labels: { nl: string; en: string };
}

export interface MessageView {
  id: string;
  direction: MessageDirection;
  text: string;
  attachments: AttachmentView[];
  createdAt: string;
  author: { id: string | null; name: string } | null;
  deliveryStatus: DeliveryStatus;
  /** Why a send failed, in plain words, when deliveryStatus is 'failed'. */
  deliveryError?: string | null;
  visibility: Visibility;
  flags: TriageFlag[];
  /** What an inbound message is about, in the topic list's order; empty for everything else. */
  topics: MessageTopic[];
  /** A public comment hidden from everyone but its author and the page. */
  hiddenAt?: string | null;
  /** Set on notes the inbox wrote itself; `text` then holds the Dutch wording. */
  systemNote?: SystemNote;
  /** A public reply under the four-eyes policy: its approval, when it needed one. */
  approval?: MessageApproval | null;
  /** `awaiting_approval` while a public reply waits for another person's approval. */
  status?: 'awaiting_approval' | 'returned' | 'withdrawn';
}

export interface ContactDetail extends ContactSummary {
  handle: string | null;
  channel: Channel;
  firstSeenAt: string;
}

export interface ConversationDetail extends Omit<ConversationSummary, 'suggestedSwitch'> {
  messages: MessageView[];
  suggestedSwitch: SuggestedSwitch | null;
  contact: ContactDetail;
  /** Channels where a public answer is possible also allow a private reply (e.g. a Page comment → Messenger). */
  replyVisibilities: Visibility[];
  /**
   * The provider's messaging window (WhatsApp 24 hours, then templates only; Messenger/Instagram 24 hours,
   * 7 days with the HUMAN_AGENT tag), from the person's last message; null where the channel has none.
   */
  messagingWindow?: MessagingWindow | null;
}

export interface AssignRequest {
  userId?: string | null;
}
export interface ReplyRequest {
  text: string;
  visibility?: Visibility;
}
export interface NoteRequest {
  text: string;
}
/** Flags that make a conversation danger: urgent until someone has made contact, possible ones too. */
export const DANGER_FLAGS: readonly FlagCode[] = ['crisis', 'safeguarding'];
export function hasDangerFlag(flags: readonly { code: FlagCode }[]): boolean {
  return flags.some((flag) => DANGER_FLAGS.includes(flag.code));
}

/** Why unanswered crisis or safeguarding work was closed without a response. */
export const CLOSE_REASONS = ['handled_elsewhere', 'spam', 'duplicate', 'not_for_us', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export interface StatusRequest {
  status: ConversationStatus;
  /** Required to resolve unanswered crisis or safeguarding work (else 409 `UNANSWERED_URGENT`). */
  reason?: CloseReason;
  note?: string;
}

/** `POST /api/conversations/bulk/status`: each conversation on its own; refused ones say why. */
export interface BulkStatusRequest extends StatusRequest {
  ids: string[];
}
export interface BulkStatusResult {
  done: string[];
  refused: { id: string; code: string; message: string }[];
}
export interface SwitchRequest {
  kind: SwitchKind;
}

export type EscalationMode = 'consult' | 'handover';
export type EscalationStatus = 'open' | 'accepted' | 'answered' | 'returned' | 'closed';
export interface EscalationRequest {
  teamId: string;
  mode: EscalationMode;
  reason: string;
}
export interface EscalationView {
  id: string;
  conversationId: string;
  teamId: string;
  mode: EscalationMode;
  status: EscalationStatus;
  reason: string;
  createdAt: string;
  dueAt: string | null;
  /** Urgency of the conversation now (the queue of escalations sorts on it, then on dueAt). */
  priority: Priority;
  /** Nobody picked it up before dueAt (still open after it, or accepted late). */
  pickupBreached: boolean;
  teamName: string;
  contact: ContactSummary;
  requestedBy: AssigneeSummary | null;
  acceptedBy: AssigneeSummary | null;
  acceptedAt: string | null;
  /** The advisor's answer (also an internal note in the thread). */
  response: string | null;
  answeredAt: string | null;
  closedAt: string | null;
}
export interface EscalationPage {
  items: EscalationView[];
}
export interface EscalationRespondRequest {
  text: string;
}
export const ESCALATION_MODES = ['consult', 'handover'] as const;
/** Default minutes an advisor has to pick up an escalation, per conversation priority. */
export const ESCALATION_PICKUP_MINUTES: Readonly<Record<Priority, number>> = {
  urgent: 10,
  high: 30,
  normal: 120,
  low: 480,
};
export const ESCALATION_STATUSES = ['open', 'accepted', 'answered', 'returned', 'closed'] as const;

export interface CreateTeamRequest {
  name: string;
  kind: TeamKind;
}
export interface TeamMemberRequest {
  userId: string;
}

export type CallBackStatus = 'open' | 'done' | 'cancelled';
export type CallBackOutcome = 'reached' | 'not_reached' | 'retry';
export const CALL_BACK_OUTCOMES = ['reached', 'not_reached', 'retry'] as const;
export interface CallBackRequest {
  reason: string;
  phone?: string;
  dueAt?: string;
}
export interface CallBackOutcomeRequest {
  outcome: CallBackOutcome;
  note?: string;
  /** For a retry: when to call again (default: in one hour). */
  nextDueAt?: string;
}
export interface CallBackView {
  id: string;
  conversationId: string;
  contact: ContactSummary;
  phone: string | null;
  reason: string;
  dueAt: string;
  overdue: boolean;
  status: CallBackStatus;
  outcome: CallBackOutcome | null;
  createdBy: AssigneeSummary | null;
  createdAt: string;
  completedAt: string | null;
}
export interface CallBackPage {
  items: CallBackView[];
}

export interface HealthResponse {
  status: 'ok' | 'unavailable';
}

/** An approved WhatsApp template of the number's Business Account (`GET /api/conversations/:id/templates`). */
export interface MessageTemplateView {
  name: string;
  language: string;
  category: string;
  /** The body with `{{1}}`, `{{2}}`… where the variables go. */
  text: string;
  /** How many variables the body takes, named by position (`1`, `2`, …). */
  variables: string[];
}

/** `POST /api/conversations/:id/templates`. */
export interface TemplateSend {
  name: string;
  language: string;
  variables: string[];
}

/** `POST /api/push/subscriptions`: a browser's PushSubscription as `toJSON()` gives it. */
export interface PushSubscriptionRequest {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}
export interface PushKeyResponse {
  publicKey: string | null;
}
/** What a push to an on-call device carries (encrypted); the service worker shows it. */
export interface PushPayload {
  kind: 'new_danger' | 'on_call';
  conversationId: string;
  title: string;
  body: string;
  url: string;
}
