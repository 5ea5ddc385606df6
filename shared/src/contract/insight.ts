import type { Channel } from './channels';
import type { FlagCode } from './triage';

/** `GET /api/channel-accounts`: one of our accounts and the region it serves (topic reports). */
export interface ChannelAccountView {
  id: string;
  provider: string;
  name: string;
  country: 'NL' | 'BE';
  region: string | null;
}

/** A wave of messages: on one post (thread) or about one topic, well above its own recent rate. */
export type SpikeKind = 'post' | 'topic';

export interface SpikeMember {
  conversationId: string;
  messageId: string;
  contactName: string;
  preview: string;
  at: string;
  flags: FlagCode[];
  /** A bulk answer of this spike was queued for this conversation. */
  answered: boolean;
  /** The person still waits for an answer (false: someone answered after their last message). */
  waiting: boolean;
}

export interface BulkReplyProgress {
  queued: number;
  sent: number;
  failed: number;
}

/** `GET /api/spikes` item. */
export interface SpikeView {
  id: string;
  kind: SpikeKind;
  /** The post the comments are on (kind `post`). */
  postId: string | null;
  /** `post:<post id>` or `topic:<code>`. */
  threadKey: string;
  topic: string | null;
  /** The topic's name in Dutch and English (kind `topic`). */
  topicLabels: { nl: string; en: string } | null;
  channel: Channel | null;
  /** Messages in the wave so far. */
  count: number;
  /** Conversations in the wave, and how many of them carry a flag (left for a person). */
  conversations: number;
  flagged: number;
  /** Mean arrivals per window expected from the baseline, and the window (seconds). */
  expectedPerWindow: number;
  windowS: number;
  since: string;
  lastAt: string;
  /** Still arriving (a message within the quiet period). */
  active: boolean;
  bulkReply: BulkReplyProgress | null;
  members?: SpikeMember[];
}

export interface SpikeList {
  items: SpikeView[];
}

/**
 * `POST /api/spikes/:id/bulk-reply`. `count`: the number of conversations the person saw when they
 * confirmed; when the spike has grown past it since an earlier bulk answer, the answer is 409
 * `SPIKE_GREW` and nothing is sent until they confirm the new number.
 */
export interface BulkReplyRequest {
  text: string;
  count?: number;
}

export interface BulkReplyResult {
  /** Replies queued now, one per conversation. */
  sent: number;
  /** Conversations left for a person: they carry a flag. */
  skipped: string[];
  /** Conversations a bulk answer of this spike already went to (not sent twice). */
  alreadySent: string[];
  /** Conversations someone already answered after the person's last message: left as they are. */
  alreadyAnswered: string[];
  /** Conversations the reply could not be queued for, with the reason. */
  failed: { conversationId: string; code: string }[];
  /** The number of conversations this answer covered (confirm this number next time). */
  count: number;
}

export type TopicReportGroup = 'total' | 'week' | 'region' | 'location' | 'channel';
export const TOPIC_REPORT_GROUPS: readonly TopicReportGroup[] = [
  'total',
  'week',
  'region',
  'location',
  'channel',
];

export interface TopicReportRow {
  topic: string;
  label: string;
  /** The group: week start `YYYY-MM-DD` (Monday, Amsterdam), region, location (account) or channel. */
  key: string | null;
  count: number;
  conversations: number;
}

export interface TopicReport {
  groupBy: TopicReportGroup;
  rows: TopicReportRow[];
}

export interface TopicView {
  code: string;
  labels: { nl: string; en: string };
  phrases: string[];
  /** Part of the product's list (not the organisation's own). */
  builtIn: boolean;
}

export const GOAL_METRICS = [
  'first_response_within_60m_pct',
  'first_response_median_minutes',
  'within_sla_pct',
  'medical_moved_private_pct',
  'volume',
  'breaches',
] as const;
export type GoalMetric = (typeof GOAL_METRICS)[number];

export interface GoalItem {
  metric: GoalMetric;
  channel?: Channel | null;
  target: number;
}

export interface GoalList {
  items: (GoalItem & { id: string; direction: 'at_least' | 'at_most' })[];
}

export interface EvaluationItem {
  metric: GoalMetric;
  channel: Channel | null;
  label: string;
  target: number;
  direction: 'at_least' | 'at_most';
  actual: number | null;
  met: boolean | null;
  previous: number | null;
  trend: 'up' | 'down' | 'flat' | null;
  /** Better than the last period (in the goal's direction). */
  improved: boolean | null;
}

export interface EvaluationReport {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  language: 'nl' | 'en';
  items: EvaluationItem[];
}
