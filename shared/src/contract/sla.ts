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

/** `GET /api/sla/policies` and the body of `PUT /api/sla/policies` (the whole set is replaced). */
export interface SlaPolicySet {
  policies: SlaPolicy[];
  businessHours: BusinessHoursView[];
}
