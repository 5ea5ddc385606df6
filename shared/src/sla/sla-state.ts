/** Where a running SLA stands: fine, in its last 20 % (near), or past due (breached). */
export type SlaState = 'ok' | 'near' | 'breached';

/** The share of the allowed time after which a deadline counts as near. */
export const NEAR_BREACH_FRACTION = 0.8;

/** State at `now` from the stored near and due instants; null when no deadline runs. */
export function slaStateAt(now: Date, nearAt: Date | null, dueAt: Date | null): SlaState | null {
  if (!dueAt) return null;
  if (now.getTime() >= dueAt.getTime()) return 'breached';
  if (nearAt && now.getTime() >= nearAt.getTime()) return 'near';
  return 'ok';
}
