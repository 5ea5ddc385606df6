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
  const { params, where, param } = listFilters(query, scope);
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

/** Filters shared by the queue and by search: the asked-for status, channel, flag, … and the reader's scope. */
function listFilters(
  query: ConversationListQuery & { statuses?: ConversationStatus[] },
  scope: ListScope,
): { params: unknown[]; where: string[]; param: (value: unknown) => string } {
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
  return { params, where, param };
}

/** The text-search vector of a message; identical to the expression of ix_messages_search. */
const MESSAGE_VECTOR = `(to_tsvector('dutch'::regconfig, m.text) || to_tsvector('english'::regconfig, m.text))`;
/** The name vector of a contact; identical to the expression of ix_contacts_name_search. */
const NAME_VECTOR = `to_tsvector('simple'::regconfig, coalesce(n.display_name, ''))`;

export function encodeSearchCursor(offset: number): string {
  return Buffer.from(JSON.stringify(['search', offset])).toString('base64url');
}

export function decodeSearchCursor(raw: string): number | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value[0] !== 'search' || !Number.isInteger(value[1])) return null;
    const offset = value[1] as number;
    return offset >= 0 && offset <= 10_000 ? offset : null;
  } catch {
    return null;
  }
}

/**
 * Full-text search over message text (Dutch and English stemming, so "afspraken" finds "afspraak" and
 * "appointments" finds "appointment") and contact names, combined with the other filters, best matches
 * first: a name match weighs more than a word in a message, and a conversation with several matching
 * messages ranks above one with a single passing mention. Fetches one row more than asked.
 */
export function buildSearchQuery(
  query: ConversationListQuery & { statuses?: ConversationStatus[] },
  scope: ListScope,
  words: string,
  offset: number,
  limit: number,
): { sql: string; params: unknown[] } {
  const { params, where, param } = listFilters(query, scope);
  const q = param(words);
  const hits = `
    SELECT conversation_id, sum(score) AS score FROM (
      SELECT m.conversation_id, ts_rank(${MESSAGE_VECTOR}, tsq.query) AS score
        FROM messages m,
             (SELECT websearch_to_tsquery('dutch'::regconfig, ${q}) || websearch_to_tsquery('english'::regconfig, ${q}) AS query) tsq
       WHERE ${MESSAGE_VECTOR} @@ tsq.query AND m.removed_at IS NULL
      UNION ALL
      SELECT cn.id, 1 + ts_rank(${NAME_VECTOR}, websearch_to_tsquery('simple'::regconfig, ${q}))
        FROM contacts n JOIN conversations cn ON cn.contact_id = n.id
       WHERE ${NAME_VECTOR} @@ websearch_to_tsquery('simple'::regconfig, ${q})
    ) found GROUP BY conversation_id`;
  const sql =
    `${SUMMARY_SELECT}
 JOIN (${hits}) h ON h.conversation_id = c.id` +
    `
 WHERE ${where.length ? where.join(' AND ') : 'TRUE'}` +
    `
 ORDER BY h.score DESC, c.last_message_at DESC, c.id` +
    `
 LIMIT ${param(limit + 1)} OFFSET ${param(offset)}`;
  return { sql, params };
}
