import type { ConversationSummary } from '@webcare/shared';
import { matchesFilters, type QueueFilters } from './queue-filters';
import { insertionIndex } from './queue-order';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface QueueState {
  items: ConversationSummary[];
  nextCursor: string | null;
  status: LoadStatus;
  loadingMore: boolean;
  loadMoreFailed: boolean;
  /** Rows that just became urgent, shown with a short highlight. */
  flashIds: string[];
}

export const INITIAL_QUEUE_STATE: QueueState = {
  items: [],
  nextCursor: null,
  status: 'loading',
  loadingMore: false,
  loadMoreFailed: false,
  flashIds: [],
};

export type QueueAction =
  | { type: 'reset' }
  | { type: 'page-loaded'; items: ConversationSummary[]; nextCursor: string | null; append: boolean }
  | { type: 'load-failed'; append: boolean }
  | { type: 'load-more' }
  | { type: 'upsert'; row: ConversationSummary; filters: QueueFilters; currentUserId: string; live: boolean }
  | { type: 'patch'; id: string; patch: Partial<ConversationSummary> }
  | { type: 'unflash'; id: string };

function withoutId(items: ConversationSummary[], id: string): ConversationSummary[] {
  return items.filter((item) => item.id !== id);
}

function upsert(state: QueueState, action: Extract<QueueAction, { type: 'upsert' }>): QueueState {
  const { row } = action;
  const previous = state.items.find((item) => item.id === row.id);
  const rest = previous ? withoutId(state.items, row.id) : state.items;
  if (!matchesFilters(row, action.filters, action.currentUserId)) {
    return previous ? { ...state, items: rest } : state;
  }
  const index = insertionIndex(rest, row);
  // Past the last loaded row while more pages exist: it will arrive with its own page.
  if (index >= rest.length && state.nextCursor !== null) {
    return previous ? { ...state, items: rest } : state;
  }
  const items = [...rest.slice(0, index), row, ...rest.slice(index)];
  const becameUrgent = action.live && row.priority === 'urgent' && previous?.priority !== 'urgent';
  const flashIds =
    becameUrgent && !state.flashIds.includes(row.id) ? [...state.flashIds, row.id] : state.flashIds;
  return { ...state, items, flashIds };
}

export function queueReducer(state: QueueState, action: QueueAction): QueueState {
  switch (action.type) {
    case 'reset':
      return { ...INITIAL_QUEUE_STATE };
    case 'page-loaded': {
      if (!action.append) {
        return {
          ...state,
          items: action.items,
          nextCursor: action.nextCursor,
          status: 'ready',
          loadingMore: false,
        };
      }
      const seen = new Set(state.items.map((item) => item.id));
      const fresh = action.items.filter((item) => !seen.has(item.id));
      return {
        ...state,
        items: [...state.items, ...fresh],
        nextCursor: action.nextCursor,
        loadingMore: false,
        loadMoreFailed: false,
      };
    }
    case 'load-failed':
      return action.append
        ? { ...state, loadingMore: false, loadMoreFailed: true }
        : { ...state, status: 'error' };
    case 'load-more':
      return { ...state, loadingMore: true, loadMoreFailed: false };
    case 'upsert':
      return upsert(state, action);
    case 'patch':
      return {
        ...state,
        items: state.items.map((item) => (item.id === action.id ? { ...item, ...action.patch } : item)),
      };
    case 'unflash':
      return { ...state, flashIds: state.flashIds.filter((id) => id !== action.id) };
  }
}
