import type { Priority } from '@webcare/shared';

/** Minutes an advisor has to pick up an escalation, per conversation priority. */
export const DEFAULT_PICKUP_MINUTES: Readonly<Record<Priority, number>> = {
  urgent: 10,
  high: 30,
  normal: 120,
  low: 480,
};

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
