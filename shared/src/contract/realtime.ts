import type { ConversationSummary, EscalationView, MessageView } from './api';
import type { SpikeView } from './insight';
import type { AgentPresence, ApprovalNotice } from './workload';

/** Server → client events. Payloads are what the console needs to update without a refetch. */
export interface ServerToClientEvents {
  'conversation.created': (payload: ConversationSummary) => void;
  'conversation.updated': (payload: ConversationSummary) => void;
  'message.created': (payload: { conversationId: string; message: MessageView }) => void;
  /** Delivery status changed (sent, delivered, read, failed) or a comment was hidden. */
  'message.updated': (payload: { conversationId: string; message: MessageView }) => void;
  'escalation.created': (payload: EscalationView) => void;
  'escalation.updated': (payload: EscalationView) => void;
  presence: (payload: PresencePayload) => void;
  /** The person is (or stopped) typing (web chat). */
  'contact.typing': (payload: { conversationId: string; typing: boolean }) => void;
  /** To supervisors: crisis or safeguarding work went to the advisors on call. */
  'crisis.alert': (payload: CrisisAlert) => void;
  /** To agents, supervisors and admins: a spike was raised, grew, or its bulk answer moved on. */
  'spike.updated': (payload: SpikeView) => void;
  /** To possible approvers (and the writer): a public reply waits for approval, or its approval was decided. */
  'approval.changed': (payload: ApprovalNotice) => void;
  /** Agents' presence changed (online, away, offline). */
  'agents.presence': (payload: AgentPresence[]) => void;
}

export interface CrisisAlert {
  conversationId: string;
  escalationId: string;
  reason: 'call_back_failed' | 'first_contact_overdue';
  contactName: string;
  teamName: string;
}

export interface PresencePayload {
  conversationId: string;
  viewers: { userId: string; name: string; typing: boolean }[];
}

/** Client → server events. */
export interface ClientToServerEvents {
  'conversation.view': (payload: { conversationId: string }) => void;
  'conversation.leave': (payload: { conversationId: string }) => void;
  'conversation.typing': (payload: { conversationId: string; typing: boolean }) => void;
}

export const SOCKET_PATH = '/socket.io';
