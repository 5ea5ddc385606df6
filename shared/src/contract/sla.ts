import type { BusinessCalendar } from '../sla/business-calendar';
import type { Channel } from './channels';
import type { Priority } from './triage';

/**
 * Response-time targets for one priority, optionally narrowed to one channel (`channel: null` = every
 * channel without its own row). Seconds; `businessHours: true` counts them in the team's opening hours,
 * false counts around the clock (24x7).
 */
export interface SlaPolicy {
  priority: Priority;
  channel: Channel | null;
  firstResponseS: number;
  nextResponseS: number;
  resolutionS: number;
  escalationPickupS: number;
  businessHours: boolean;
}

/** Opening hours of a team (`teamId: null` = the organisation's default). */
export interface BusinessHoursView extends BusinessCalendar {
  teamId: string | null;
}

/**
 * How crisis and safeguarding work is chased: call-backs due soon, a next attempt after "not reached",
 * the advisors on call after failed attempts or when nobody makes first contact in time.
 */
export interface CrisisPolicy {
  /** A call-back for a crisis or safeguarding conversation is due this many seconds after it is made. */
  callBackDueS: number;
  /** After "not reached", the next attempt is due this many seconds later. */
  retryDueS: number;
  /** Failed attempts after which the conversation goes to the advisors on call. */
  maxFailedAttempts: number;
  /** Without a first contact this many seconds after it came in, it goes to the advisors on call. */
  firstContactEscalateS: number;
  /** The advisors' team on call; null: the first advisor team by name. */
  onCallTeamId: string | null;
}

export const DEFAULT_CRISIS_POLICY: CrisisPolicy = {
  callBackDueS: 15 * 60,
  retryDueS: 30 * 60,
  maxFailedAttempts: 2,
  firstContactEscalateS: 10 * 60,
  onCallTeamId: null,
};

/** `GET /api/sla/policies` and the body of `PUT /api/sla/policies` (the whole set is replaced). */
export interface SlaPolicySet {
  policies: SlaPolicy[];
  businessHours: BusinessHoursView[];
  /** Left out of a PUT: kept as it is. */
  crisis?: CrisisPolicy;
}
