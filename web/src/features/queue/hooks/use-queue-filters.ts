import { useCallback, useState } from 'react';
import { CHANNELS, CONVERSATION_STATUSES, FLAG_CODES } from '@webcare/shared';
import { DEFAULT_FILTERS, type QueueFilters } from '../lib/queue-filters';

const STORAGE_KEY = 'webcare.queue-filters';

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function restore(): QueueFilters {
  try {
    const raw = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<QueueFilters> | null;
    if (!raw) return DEFAULT_FILTERS;
    return {
      status:
        raw.status === 'active' || includes(CONVERSATION_STATUSES, raw.status)
          ? raw.status
          : raw.status === null
            ? null
            : 'active',
      channel: includes(CHANNELS, raw.channel) ? raw.channel : null,
      flag: includes(FLAG_CODES, raw.flag) ? raw.flag : null,
      assignee: raw.assignee === 'me' || raw.assignee === 'none' ? raw.assignee : 'all',
      q: typeof raw.q === 'string' ? raw.q.slice(0, 200) : '',
    };
  } catch {
    return DEFAULT_FILTERS;
  }
}

export interface QueueFiltersState {
  filters: QueueFilters;
  setFilter: <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => void;
  clear: () => void;
}

/** The queue filters, kept for the browser tab so a reload shows the same list. */
export function useQueueFilters(): QueueFiltersState {
  const [filters, setFilters] = useState<QueueFilters>(restore);

  const update = useCallback((next: QueueFilters) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    setFilters(next);
  }, []);

  const setFilter = useCallback(<K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => {
    setFilters((current) => {
      const next = { ...current, [key]: value };
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  }, []);

  const clear = useCallback(() => update(DEFAULT_FILTERS), [update]);
  return { filters, setFilter, clear };
}
