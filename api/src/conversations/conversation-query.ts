import type { ConversationListQuery, ConversationStatus } from '@webcare/shared';

/** SELECT list of a queue row (see ConversationRow). `$1` is the reading user's id. */
export const SUMMARY_SELECT = `
  SELECT c.id, c.channel, c.visibility, c.status, c.priority, c.flags, c.suggested_switch,
         c.contact_id, ct.display_name AS contact_name, c.assignee_id, u.name AS assignee_name,
         c.last_message_at, c.last_inbound_at, c.last_message_preview, c.sla_due_at, c.sla_near_at, c.team_id,
         c.first_response_at, c.danger_since,
         r.last_read_at,
         (SELECT min(t.due_at) FROM call_back_tasks t WHERE t.conversation_id = c.id AND t.status = 'open') AS call_back_due_at,
         c.priority_rank, c.sla_sort_at::text AS sla_sort_text, c.last_message_at::text AS last_message_text
    FROM conversations c
    JOIN contacts ct ON ct.id = c.contact_id
    LEFT JOIN users u ON u.id = c.assignee_id
    LEFT JOIN conversation_reads r ON r.conversation_id = c.id AND r.user_id = $1`;

export interface Cursor {
  rank: number;
  sla: string;
  last: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.sla, cursor.last, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 4) return null;
    const [rank, sla, last, id] = value as unknown[];
    if (
      typeof rank !== 'number' ||
      typeof sla !== 'string' ||
      typeof last !== 'string' ||
      typeof id !== 'string'
    ) {
      return null;
    }
    return { rank, sla, last, id };
  } catch {
    return null;
  }
}

export interface ListScope {
  userId: string;
  /** Advisors see only conversations escalated to their teams. */
  teamIds: string[] | null;
}

/** Builds the WHERE clause and parameters of the queue query (keyset pagination, indexed order). */
export function buildListQuery(
  query: ConversationListQuery & { statuses?: ConversationStatus[] },
  scope: ListScope,
  cursor: Cursor | null,
  limit: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [scope.userId];
  const where: string[] = [];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.statuses?.length) where.push(`c.status = ANY(${param(query.statuses)}::text[])`);
  if (query.channel) where.push(`c.channel = ${param(query.channel)}`);
  if (query.flag) where.push(`c.flags @> ${param(JSON.stringify([{ code: query.flag }]))}::jsonb`);
  if (query.assignee === 'me') where.push(`c.assignee_id = $1`);
  else if (query.assignee === 'none') where.push('c.assignee_id IS NULL');
  else if (query.assignee) where.push(`c.assignee_id = ${param(query.assignee)}`);
  if (query.team) where.push(`c.team_id = ${param(query.team)}`);
  if (scope.teamIds) where.push(`c.team_id = ANY(${param(scope.teamIds)}::uuid[])`);
  if (query.firstContact === 'needed') {
    // The lane is short by nature: one page, newest danger first, no cursor.
    where.push(`c.status <> 'resolved' AND c.first_response_at IS NULL AND c.danger_since IS NOT NULL`);
    where.push(`(c.flags @> '[{"code":"crisis"}]' OR c.flags @> '[{"code":"safeguarding"}]')`);
    const sql =
      `${SUMMARY_SELECT}\n WHERE ${where.join(' AND ')}` +
      `\n ORDER BY c.danger_since DESC, c.id\n LIMIT ${param(Math.min(limit, 100))}`;
    return { sql, params };
  }
  if (cursor) {
    where.push(
      `(c.priority_rank, c.sla_sort_at, c.last_message_at, c.id) > (${param(cursor.rank)}, ${param(cursor.sla)}::timestamptz, ${param(cursor.last)}::timestamptz, ${param(cursor.id)}::uuid)`,
    );
  }
  const sql =
    `${SUMMARY_SELECT}\n WHERE ${where.length ? where.join(' AND ') : 'TRUE'}` +
    `\n ORDER BY c.priority_rank, c.sla_sort_at, c.last_message_at, c.id\n LIMIT ${param(limit + 1)}`;
  return { sql, params };
}
