import { useCallback, useEffect, useRef } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BreachList, QueueHealth, ResponseTimeReport } from '@webcare/shared';
import { useSocketEvent } from '../../../realtime/use-socket';
import { fetchBreaches, fetchQueueHealth, fetchResponseTimes, type Period } from '../api';

export interface DashboardData {
  health: QueueHealth | null;
  total: ResponseTimeReport | null;
  byDay: ResponseTimeReport | null;
  byHour: ResponseTimeReport | null;
  byAgent: ResponseTimeReport | null;
  byChannel: ResponseTimeReport | null;
  breaches: BreachList | null;
  error: boolean;
  loading: boolean;
}

const HEALTH_KEY = ['reports', 'queue-health'] as const;

async function fetchReports(period: Period, signal: AbortSignal) {
  const [total, byDay, byHour, byAgent, byChannel, breaches] = await Promise.all([
    fetchResponseTimes(period, null, signal),
    fetchResponseTimes(period, 'day', signal),
    fetchResponseTimes(period, 'hour', signal),
    fetchResponseTimes(period, 'agent', signal),
    fetchResponseTimes(period, 'channel', signal),
    fetchBreaches(period, signal),
  ]);
  return { total, byDay, byHour, byAgent, byChannel, breaches };
}

/** Queue health refreshes on every queue change (at most every 2 s) and every 30 s; reports per period. */
export function useDashboard(period: Period): DashboardData & { reload: () => void } {
  const queryClient = useQueryClient();
  const health = useQuery({
    queryKey: HEALTH_KEY,
    queryFn: ({ signal }) => fetchQueueHealth(signal),
    refetchInterval: 30_000,
  });
  const reports = useQuery({
    queryKey: ['reports', 'response-times', period.from, period.to],
    queryFn: ({ signal }) => fetchReports(period, signal),
    // Another period keeps the figures of the last one on screen until its own arrive.
    placeholderData: keepPreviousData,
  });

  const pending = useRef<number | null>(null);
  const refreshHealth = useCallback(() => {
    if (pending.current !== null) return;
    pending.current = window.setTimeout(() => {
      pending.current = null;
      void queryClient.invalidateQueries({ queryKey: HEALTH_KEY });
    }, 2000);
  }, [queryClient]);
  useEffect(
    () => () => {
      if (pending.current !== null) window.clearTimeout(pending.current);
    },
    [],
  );
  useSocketEvent('conversation.updated', refreshHealth);
  useSocketEvent('conversation.created', refreshHealth);

  const { refetch: refetchHealth } = health;
  const { refetch: refetchReports } = reports;
  const reload = useCallback(() => {
    void refetchHealth();
    void refetchReports();
  }, [refetchHealth, refetchReports]);

  const data = reports.data;
  return {
    health: health.data ?? null,
    total: data?.total ?? null,
    byDay: data?.byDay ?? null,
    byHour: data?.byHour ?? null,
    byAgent: data?.byAgent ?? null,
    byChannel: data?.byChannel ?? null,
    breaches: data?.breaches ?? null,
    // A background refresh of the health figures that fails keeps the last ones on screen.
    error: reports.isError || (health.isError && !health.data),
    loading: reports.isFetching || health.isPending,
    reload,
  };
}
