import type {
  Channel,
  ConversationListQuery,
  ConversationStatus,
  ConversationSummary,
  FlagCode,
} from '@webcare/shared';

export type AssigneeFilter = 'all' | 'me' | 'none';

export interface QueueFilters {
  status: ConversationStatus | null;
  channel: Channel | null;
  assignee: AssigneeFilter;
  flag: FlagCode | null;
}

export const DEFAULT_FILTERS: QueueFilters = { status: null, channel: null, assignee: 'all', flag: null };

export const PAGE_SIZE = 50;

export function isDefaultFilters(filters: QueueFilters): boolean {
  return (
    filters.status === null && filters.channel === null && filters.assignee === 'all' && filters.flag === null
  );
}

export function toListQuery(filters: QueueFilters, cursor?: string | null): ConversationListQuery {
  const query: ConversationListQuery = { limit: PAGE_SIZE };
  if (filters.status) query.status = filters.status;
  if (filters.channel) query.channel = filters.channel;
  if (filters.flag) query.flag = filters.flag;
  if (filters.assignee !== 'all') query.assignee = filters.assignee;
  if (cursor) query.cursor = cursor;
  return query;
}

/** The same filter the API applies, for rows that arrive live. */
export function matchesFilters(
  row: ConversationSummary,
  filters: QueueFilters,
  currentUserId: string,
): boolean {
  if (filters.status && row.status !== filters.status) return false;
  if (filters.channel && row.channel !== filters.channel) return false;
  if (filters.flag && !row.flags.some((flag) => flag.code === filters.flag)) return false;
  if (filters.assignee === 'me' && row.assignee?.id !== currentUserId) return false;
  if (filters.assignee === 'none' && row.assignee !== null) return false;
  return true;
}
