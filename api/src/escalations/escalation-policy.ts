import { ESCALATION_PICKUP_MINUTES, type Priority } from '@webcare/shared';

/** Minutes an advisor has to pick up an escalation, per conversation priority (the console shows them too). */
export const DEFAULT_PICKUP_MINUTES: Readonly<Record<Priority, number>> = ESCALATION_PICKUP_MINUTES;

/** The pickup deadline of an escalation made at `from` for a conversation of this priority. */
export function pickupDueAt(
  priority: Priority,
  from: Date,
  minutes: Readonly<Record<Priority, number>> = DEFAULT_PICKUP_MINUTES,
): Date {
  return new Date(from.getTime() + (minutes[priority] ?? minutes.normal) * 60_000);
}

/** Nobody picked it up in time: still open after the deadline, or accepted after it. */
export function pickupBreached(dueAt: Date, acceptedAt: Date | null, now: Date = new Date()): boolean {
  return (acceptedAt ?? now).getTime() > dueAt.getTime();
}
