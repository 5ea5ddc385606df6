import type { Channel, ConversationStatus, ConversationSummary, FlagCode } from '@webcare/shared';

export type AssigneeFilter = 'all' | 'me' | 'none';
/** 'active' is everything that still needs work: every status but resolved. */
export type StatusFilter = ConversationStatus | 'active';

export const ACTIVE_STATUSES: readonly ConversationStatus[] = ['new', 'open', 'pending', 'escalated'];

export interface QueueFilters {
  status: StatusFilter | null;
  channel: Channel | null;
  assignee: AssigneeFilter;
  flag: FlagCode | null;
  /** Words searched for in message text and contact names; '' for the plain queue. */
  q: string;
}

export const DEFAULT_FILTERS: QueueFilters = {
  status: 'active',
  channel: null,
  assignee: 'all',
  flag: null,
  q: '',
};

export const PAGE_SIZE = 50;

export function isDefaultFilters(filters: QueueFilters): boolean {
  return (
    filters.status === 'active' &&
    filters.channel === null &&
    filters.assignee === 'all' &&
    filters.flag === null &&
    filters.q.trim() === ''
  );
}

export type ListQuery = Record<string, string | number>;

/** The query string of GET /api/conversations; several statuses go comma-separated. */
export function toListQuery(filters: QueueFilters, cursor?: string | null): ListQuery {
  const query: ListQuery = { limit: PAGE_SIZE };
  if (filters.status) query.status = filters.status === 'active' ? ACTIVE_STATUSES.join(',') : filters.status;
  if (filters.channel) query.channel = filters.channel;
  if (filters.flag) query.flag = filters.flag;
  if (filters.assignee !== 'all') query.assignee = filters.assignee;
  if (filters.q.trim()) query.q = filters.q.trim();
  if (cursor) query.cursor = cursor;
  return query;
}

/** The same filter the API applies, for rows that arrive live. */
export function matchesFilters(
  row: ConversationSummary,
  filters: QueueFilters,
  currentUserId: string,
): boolean {
  if (filters.status === 'active' && !ACTIVE_STATUSES.includes(row.status)) return false;
  if (filters.status && filters.status !== 'active' && row.status !== filters.status) return false;
  if (filters.channel && row.channel !== filters.channel) return false;
  if (filters.flag && !row.flags.some((flag) => flag.code === filters.flag)) return false;
  if (filters.assignee === 'me' && row.assignee?.id !== currentUserId) return false;
  if (filters.assignee === 'none' && row.assignee !== null) return false;
  return true;
}
