/**
 * Workload automation: auto-assignment to online agents, rules over time, the clock paused while
 * waiting for the person, and four eyes on sensitive public replies.
 */

/** What an agent chose: available for work or away. Online means connected and available. */
export type PresenceChoice = 'available' | 'away';
/** What others see: connected and available, connected but away, or not connected. */
export type PresenceState = 'online' | 'away' | 'offline';

export interface AgentPresence {
  userId: string;
  name: string;
  role: string;
  state: PresenceState;
  /** Open conversations assigned to this user. */
  open: number;
  /** Last moment a console of this user was connected; null when never. */
  lastSeenAt: string | null;
  /** Skills: empty means every language or channel. */
  languages: string[];
  channels: string[];
}

/** `PUT /api/presence` `{state}`: the current user's own choice. */
export interface PresenceRequest {
  state: 'online' | 'away';
}

/** `PUT /api/presence/:userId/skills` (supervisor). */
export interface SkillsRequest {
  languages: string[];
  channels: string[];
}

export type AssignmentMode = 'auto' | 'manual';

export interface AssignmentSettings {
  mode: AssignmentMode;
  /** Never more open conversations than this per agent (≥ 1). */
  maxOpenPerAgent: number;
  /** An agent offline longer than this loses the conversations waiting for an answer (≥ 1). */
  reassignAfterOfflineMinutes: number;
}

export interface RuleSettings {
  /** Unanswered this many minutes after assignment → back to the queue; null: off (≥ 1). */
  unansweredAfterAssignmentMinutes: number | null;
  /** Back to this team's queue instead of the general queue; null: the general queue. */
  unansweredReturnTeamId: string | null;
  /** Waiting for the person this many days → a reminder; null: off (≥ 1). */
  pendingReminderDays: number | null;
  /** Still no answer this many days after the reminder → resolved; null: never (≥ 1). */
  pendingResolveDays: number | null;
  /** The reminder sent to the person. */
  reminderText: string;
  /** A reply moves the conversation to `pending` (waiting for the person). */
  pendingOnReply: boolean;
}

export type ApprovalPolicy = 'never' | 'sensitive' | 'always';

export interface ApprovalSettings {
  publicReplies: ApprovalPolicy;
}

/** `GET /api/settings/workload`: everything at once, for the console's settings page. */
export interface WorkloadSettings {
  assignment: AssignmentSettings;
  rules: RuleSettings;
  approval: ApprovalSettings;
}

/** A public reply waiting for another person's approval, returned, approved or withdrawn. */
export type ApprovalState = 'awaiting' | 'approved' | 'returned' | 'withdrawn';

export interface MessageApproval {
  state: ApprovalState;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  remark: string | null;
}

/** `POST /api/messages/:id/return` `{remark}`. */
export interface ReturnReplyRequest {
  remark: string;
}

/** Live notice to possible approvers: a public reply waits for a second pair of eyes. */
export interface ApprovalNotice {
  conversationId: string;
  messageId: string;
  writer: { id: string; name: string };
  contactName: string;
  state: ApprovalState;
}

export const APPROVAL_POLICIES: readonly ApprovalPolicy[] = ['never', 'sensitive', 'always'];
export const ASSIGNMENT_MODES: readonly AssignmentMode[] = ['auto', 'manual'];
