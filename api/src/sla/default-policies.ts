import type { Priority, SlaPolicy } from '@webcare/shared';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

/**
 * Targets used when the sla_policies table has no row for a priority (the migration seeds the same).
 * Urgent and high (crisis, safeguarding, aggression) count around the clock; the rest in opening hours.
 */
export const FALLBACK_POLICIES: Record<Priority, SlaPolicy> = {
  urgent: {
    priority: 'urgent',
    channel: null,
    firstResponseS: 15 * MINUTE,
    nextResponseS: 15 * MINUTE,
    resolutionS: 4 * HOUR,
    escalationPickupS: 10 * MINUTE,
    businessHours: false,
  },
  high: {
    priority: 'high',
    channel: null,
    firstResponseS: HOUR,
    nextResponseS: HOUR,
    resolutionS: 24 * HOUR,
    escalationPickupS: 30 * MINUTE,
    businessHours: false,
  },
  normal: {
    priority: 'normal',
    channel: null,
    firstResponseS: 4 * HOUR,
    nextResponseS: 4 * HOUR,
    resolutionS: 16 * HOUR,
    escalationPickupS: 2 * HOUR,
    businessHours: true,
  },
  low: {
    priority: 'low',
    channel: null,
    firstResponseS: 8 * HOUR,
    nextResponseS: 8 * HOUR,
    resolutionS: 40 * HOUR,
    escalationPickupS: 8 * HOUR,
    businessHours: true,
  },
};
