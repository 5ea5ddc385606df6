import { PRIORITY_RANK, type EscalationView } from '@webcare/shared';

/** Urgency first (the conversation's priority), then the pickup deadline: as the API orders them. */
export function compareEscalations(a: EscalationView, b: EscalationView): number {
  return (
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    (a.dueAt ?? '').localeCompare(b.dueAt ?? '') ||
    a.createdAt.localeCompare(b.createdAt)
  );
}

/** Breached now, on this clock: still open past the deadline (the server's flag covers late pickups). */
export function isBreached(escalation: EscalationView, now: number): boolean {
  if (escalation.pickupBreached) return true;
  return escalation.status === 'open' && !!escalation.dueAt && Date.parse(escalation.dueAt) < now;
}
