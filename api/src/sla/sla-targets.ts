import type { Priority } from '@webcare/shared';

/**
 * First-response targets per priority, in minutes, counted around the clock from the provider's
 * timestamp of the person's message. Crisis and safeguarding (urgent) must be picked up within minutes.
 */
export const DEFAULT_FIRST_RESPONSE_MINUTES: Record<Priority, number> = {
  urgent: 15,
  high: 60,
  normal: 4 * 60,
  low: 24 * 60,
};

/** When we must have answered a person who has been waiting since `awaitingSince`. */
export function firstResponseDue(priority: Priority, awaitingSince: Date | null): Date | null {
  if (!awaitingSince) return null;
  return new Date(awaitingSince.getTime() + DEFAULT_FIRST_RESPONSE_MINUTES[priority] * 60_000);
}
