import type { ReportGroupBy } from '@webcare/shared';

/** The report's time zone: hours of day and days are Amsterdam wall-clock. */
export const REPORT_TIME_ZONE = 'Europe/Amsterdam';

const KEYS: Record<ReportGroupBy | 'total', string> = {
  agent: 'c.first_response_by',
  channel: 'c.channel',
  team: 'c.team_id',
  hour: `extract(hour FROM c.first_inbound_at AT TIME ZONE '${REPORT_TIME_ZONE}')::int`,
  day: `(c.first_inbound_at AT TIME ZONE '${REPORT_TIME_ZONE}')::date`,
  total: `'total'::text`,
};

const AS_TEXT: Record<ReportGroupBy | 'total', string> = {
  agent: 'g.key::text',
  channel: 'g.key',
  team: 'g.key::text',
  hour: `lpad(g.key::text, 2, '0')`,
  day: `to_char(g.key, 'YYYY-MM-DD')`,
  total: 'g.key',
};

/**
 * Response times per group over the conversations whose first inbound message is in [$1, $2).
 * Everything it reads is stored on the conversation (and covered by ix_conversations_report), so it is
 * one index range scan and one aggregate, whatever the number of messages. Median and p90 come from one
 * sort each (percentile_cont over an array of fractions). `$3` is "now" for unanswered conversations
 * past their target.
 */
export function responseTimeSql(groupBy: ReportGroupBy | 'total'): string {
  return `
    SELECT ${AS_TEXT[groupBy]} AS key, g.count, g.answered, g.wall[1] AS median, g.wall[2] AS p90,
           g.business[1] AS business_median, g.business[2] AS business_p90, g.within, g.breaches,
           g.resolved, g.resolution[1] AS resolution_median, g.resolution[2] AS resolution_p90,
           g.paused_median
      FROM (
        SELECT ${KEYS[groupBy]} AS key,
               count(*)::int AS count,
               count(c.first_response_seconds)::int AS answered,
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY c.first_response_seconds) AS wall,
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY c.first_response_business_seconds) AS business,
               count(*) FILTER (WHERE c.first_response_at <= c.first_response_due_at)::int AS within,
               count(*) FILTER (WHERE c.first_response_at > c.first_response_due_at
                                   OR (c.first_response_at IS NULL AND c.first_response_due_at <= $3))::int AS breaches,
               count(c.resolved_at)::int AS resolved,
               -- Time to resolution without the spans spent waiting for the person (the clock paused).
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (
                 ORDER BY GREATEST(0, extract(epoch FROM c.resolved_at - c.first_inbound_at) - c.paused_seconds))
                 FILTER (WHERE c.resolved_at IS NOT NULL) AS resolution,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY c.paused_seconds) AS paused_median
          FROM conversations c
         WHERE c.first_inbound_at >= $1 AND c.first_inbound_at < $2
         GROUP BY 1) g
     ORDER BY g.key NULLS LAST`;
}

/** Sorts for the percentiles stay in memory for a year of conversations (set per transaction). */
export const REPORT_WORK_MEM = `SET LOCAL work_mem = '64MB'`;

/** One line per conversation for the CSV export: facts and ids only, never message text or names. */
export const EXPORT_SQL = `
  SELECT c.id, c.channel, c.visibility, c.priority, c.status, c.team_id, c.first_response_by,
         c.first_inbound_at, c.first_response_at, c.first_response_due_at, c.first_response_seconds,
         c.first_response_business_seconds,
         CASE WHEN c.first_response_due_at IS NULL THEN NULL
              ELSE coalesce(c.first_response_at, $3) > c.first_response_due_at END AS breached,
         c.resolved_at
    FROM conversations c
   WHERE c.first_inbound_at >= $1 AND c.first_inbound_at < $2
     AND (c.first_inbound_at, c.id) > ($4::timestamptz, $5::uuid)
   ORDER BY c.first_inbound_at, c.id
   LIMIT $6`;

export const QUEUE_HEALTH_SQL = `
  SELECT c.priority,
         count(*)::int AS open,
         count(*) FILTER (WHERE c.assignee_id IS NULL)::int AS unassigned,
         count(*) FILTER (WHERE c.sla_due_at > $1 AND c.sla_near_at <= $1)::int AS breaching_soon,
         count(*) FILTER (WHERE c.sla_due_at <= $1)::int AS breached,
         min(c.awaiting_since) AS oldest_waiting
    FROM conversations c
   WHERE c.status IN ('new', 'open', 'pending', 'escalated')
   GROUP BY c.priority`;

export const BREACHES_SQL = `
  SELECT c.id, c.channel, c.priority, c.first_inbound_at, c.first_response_due_at, c.first_response_at,
         c.assignee_id, u.name AS assignee_name
    FROM conversations c
    LEFT JOIN users u ON u.id = c.assignee_id
   WHERE c.first_inbound_at >= $1 AND c.first_inbound_at < $2
     AND c.first_response_due_at IS NOT NULL
     AND coalesce(c.first_response_at, $3) > c.first_response_due_at
   ORDER BY c.first_inbound_at DESC
   LIMIT $4`;

/** Unanswered crisis and safeguarding work closed with a reason, per agent who closed it and reason. */
export const CLOSED_WITHOUT_RESPONSE_SQL = `
  SELECT c.closed_unanswered_by::text AS key, u.name AS label, c.close_reason AS reason, count(*)::int AS count
    FROM conversations c
    LEFT JOIN users u ON u.id = c.closed_unanswered_by
   WHERE c.first_inbound_at >= $1 AND c.first_inbound_at < $2 AND c.closed_unanswered_by IS NOT NULL
   GROUP BY 1, 2, 3
   ORDER BY 2, 1, 3`;
