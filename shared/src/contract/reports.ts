import type { Channel } from './channels';
import type { Priority } from './triage';

export const REPORT_GROUPS = ['agent', 'channel', 'team', 'hour', 'day'] as const;
/** `day` (a local date in Europe/Amsterdam) is an extra grouping for charts over time. */
export type ReportGroupBy = (typeof REPORT_GROUPS)[number];

export interface ResponseTimeQuery {
  from: string;
  to: string;
  groupBy?: ReportGroupBy;
}

/**
 * One group of conversations whose first inbound message falls in [from, to). Seconds count from the
 * provider's timestamp of the person's first message to the first answer; medians and p90 over answered
 * conversations. `withinSlaPct` is of conversations whose first-response target has been decided
 * (answered, or unanswered past due); `breaches` are answered late or still unanswered past due.
 */
export interface ResponseTimeRow {
  /** Agent or team id (null: none), channel, hour of day `0`–`23` (Amsterdam), or `YYYY-MM-DD`. */
  key: string | null;
  /** Agent or team name where the key is an id. */
  label?: string | null;
  count: number;
  answered: number;
  firstResponseMedianS: number | null;
  firstResponseP90S: number | null;
  withinSlaPct: number | null;
  breaches: number;
  firstResponseBusinessMedianS: number | null;
  firstResponseBusinessP90S: number | null;
  /** Resolved conversations among `count`, and their time from first message to resolution. */
  resolved?: number;
  /** Wall-clock seconds to resolution without the spans spent waiting for the person (pending). */
  resolutionMedianS?: number | null;
  resolutionP90S?: number | null;
  /** Median seconds spent waiting for the person (pending, the clock paused) per conversation. */
  pausedMedianS?: number | null;
}

export interface ResponseTimeReport {
  rows: ResponseTimeRow[];
}

/** `GET /api/reports/queue-health`: the live queue right now. */
export interface QueueHealth {
  open: number;
  unassigned: number;
  /** Waiting conversations in the last 20 % of their allowed time. */
  breachingSoon: number;
  breached: number;
  byPriority: {
    priority: Priority;
    open: number;
    unassigned: number;
    breachingSoon: number;
    breached: number;
  }[];
  oldestWaitingSince: string | null;
  at: string;
}

/** `GET /api/reports/breaches?from=&to=&limit=`: first responses that missed their target. */
export interface BreachItem {
  conversationId: string;
  channel: Channel;
  priority: Priority;
  firstInboundAt: string;
  dueAt: string;
  firstResponseAt: string | null;
  /** Seconds past due at the first answer, or until now when unanswered. */
  lateByS: number;
  assignee: { id: string; name: string } | null;
}

export interface BreachList {
  items: BreachItem[];
}

/**
 * `GET /api/reports/closed-without-response?from=&to=`: unanswered crisis and safeguarding work that was
 * closed with a reason, per agent who closed it (conversations whose first inbound message is in the period).
 */
export interface ClosedWithoutResponseRow {
  /** The agent's id. */
  key: string;
  label: string | null;
  count: number;
  reasons: Partial<Record<string, number>>;
}

export interface ClosedWithoutResponseReport {
  rows: ClosedWithoutResponseRow[];
}
