import { type Channel, GOAL_METRICS, type GoalMetric } from '@webcare/shared';

export type Direction = 'at_least' | 'at_most';

/** What each goal metric means, which way is better, and its name in Dutch and English. */
export const METRICS: Record<
  GoalMetric,
  { direction: Direction; nl: string; en: string; unit: '%' | 'min' | '' }
> = {
  first_response_within_60m_pct: {
    direction: 'at_least',
    nl: 'Eerste reactie binnen 60 minuten',
    en: 'First response within 60 minutes',
    unit: '%',
  },
  first_response_median_minutes: {
    direction: 'at_most',
    nl: 'Mediaan eerste reactie',
    en: 'Median first response',
    unit: 'min',
  },
  within_sla_pct: { direction: 'at_least', nl: 'Binnen de SLA', en: 'Within the SLA', unit: '%' },
  medical_moved_private_pct: {
    direction: 'at_least',
    nl: 'Medische vragen van openbaar naar privé',
    en: 'Medical questions moved from public to private',
    unit: '%',
  },
  volume: { direction: 'at_least', nl: 'Aantal gesprekken', en: 'Conversations', unit: '' },
  breaches: {
    direction: 'at_most',
    nl: 'Overschrijdingen eerste reactie',
    en: 'First-response breaches',
    unit: '',
  },
};

export const isGoalMetric = (metric: string): metric is GoalMetric =>
  (GOAL_METRICS as readonly string[]).includes(metric);

/** Whether `actual` meets `target` in the metric's direction; null when there is nothing to measure. */
export function goalMet(direction: Direction, actual: number | null, target: number): boolean | null {
  if (actual === null) return null;
  return direction === 'at_least' ? actual >= target : actual <= target;
}

/** Up, down or flat against the last period, and whether that is better in the goal's direction. */
export function trendOf(
  direction: Direction,
  actual: number | null,
  previous: number | null,
): { trend: 'up' | 'down' | 'flat' | null; improved: boolean | null } {
  if (actual === null || previous === null) return { trend: null, improved: null };
  const difference = actual - previous;
  if (Math.abs(difference) < 0.05) return { trend: 'flat', improved: false };
  const trend = difference > 0 ? 'up' : 'down';
  return { trend, improved: direction === 'at_least' ? difference > 0 : difference < 0 };
}

/** The SQL that measures one metric over conversations whose first message falls in [$1, $2). */
export function metricSql(metric: GoalMetric): string {
  // $4 is now: an unanswered conversation counts as late once its hour has passed.
  const where = `first_inbound_at >= $1 AND first_inbound_at < $2 AND first_inbound_at <= $4::timestamptz
                 AND ($3::text IS NULL OR channel = $3)`;
  switch (metric) {
    case 'first_response_within_60m_pct':
      return `SELECT round(100.0 * count(*) FILTER (WHERE first_response_seconds <= 3600)
                     / nullif(count(*) FILTER (WHERE first_response_seconds IS NOT NULL
                                               OR first_inbound_at < $4::timestamptz - interval '60 minutes'), 0), 1)
                     AS value
                FROM conversations WHERE ${where}`;
    case 'first_response_median_minutes':
      return `SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_seconds) / 60.0)::numeric, 1)
                     AS value
                FROM conversations WHERE ${where} AND first_response_seconds IS NOT NULL`;
    case 'within_sla_pct':
      return `SELECT round(100.0 * count(*) FILTER (WHERE first_response_breached = false)
                     / nullif(count(*) FILTER (WHERE first_response_breached IS NOT NULL), 0), 1) AS value
                FROM conversations WHERE ${where}`;
    case 'medical_moved_private_pct':
      return `SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM messages m WHERE m.conversation_id = c.id
                          AND ((m.direction = 'out' AND m.visibility = 'private') OR m.note_code = 'switch.sent')))
                     / nullif(count(*), 0), 1) AS value
                FROM conversations c
               WHERE ${where} AND visibility = 'public' AND flags @> '[{"code":"medical_public"}]'::jsonb`;
    case 'volume':
      return `SELECT count(*) AS value FROM conversations WHERE ${where}`;
    case 'breaches':
      return `SELECT count(*) FILTER (WHERE first_response_breached) AS value FROM conversations WHERE ${where}`;
  }
}

export function metricLabel(metric: GoalMetric, channel: Channel | null, language: 'nl' | 'en'): string {
  const name = METRICS[metric][language];
  return channel ? `${name} (${channel})` : name;
}
