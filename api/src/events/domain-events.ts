import { OnEvent } from '@nestjs/event-emitter';
import type { SwitchKind } from '@webcare/shared';

/**
 * What happened, told after the transaction that did it has committed. Payloads carry ids: a listener
 * reads what it needs from the owner, so it never sees state that was rolled back.
 */
export interface DomainEvents {
  /** The queue row changed (or was `created`); `byUserId` is who changed it, for the unread mark. */
  'conversation.changed': { conversationId: string; created?: boolean; byUserId?: string | null };
  /** A message was stored in the thread. */
  'message.recorded': { conversationId: string; messageId: string };
  /** A stored message changed: delivery status, hidden, removed. */
  'message.changed': { conversationId: string; messageId: string };
  'escalation.changed': { escalationId: string; created: boolean };
  /** A user joined or left a team. */
  'team.membership.changed': { userId: string; teamId: string; joined: boolean };
  /**
   * Crisis or safeguarding work went to the advisors on call: call-backs kept failing, or nobody made
   * first contact in time. Supervisors are told.
   */
  'crisis.on_call': {
    conversationId: string;
    escalationId: string;
    reason: 'call_back_failed' | 'first_contact_overdue';
  };
  /** A spike was raised or grew, or its bulk answer moved on. */
  'spike.changed': { spikeId: string };
  /** A user was deactivated, changed role or lost their second factor: their sockets close at once. */
  'user.sessions_revoked': { userId: string };
  /** A user started or stopped typing an answer in a conversation (web chat shows it to the visitor). */
  'conversation.typing': { conversationId: string; typing: boolean };
  /** The person is (or stopped) typing in the web chat widget. */
  'contact.typing': { conversationId: string; typing: boolean };
  /** A channel switch was sent to the person (a call back on web chat asks the visitor for a number). */
  'switch.sent': { conversationId: string; kind: SwitchKind };
  /** SLA policies or opening hours were replaced. */
  'sla.settings.changed': Record<string, never>;
  /** A public reply waits for approval, or its approval was decided (approved, returned, withdrawn). */
  'approval.changed': { conversationId: string; messageId: string };
  /** Someone's presence changed: connected, disconnected, away or back. */
  'presence.changed': { userId: string };
}

export type DomainEventName = keyof DomainEvents;

/** Marks a method as the listener of one domain event; errors reach the bus, which logs them. */
export const OnDomainEvent = (name: DomainEventName): MethodDecorator =>
  OnEvent(name, { suppressErrors: false });
