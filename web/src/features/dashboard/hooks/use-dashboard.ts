import { useCallback, useEffect, useRef, useState } from 'react';
import type { BreachList, QueueHealth, ResponseTimeReport } from '@webcare/shared';
import { isAbortError } from '../../../api/client';
import { useRealtime, useSocketEvent } from '../../realtime/hooks/use-socket';
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

const EMPTY: DashboardData = {
  health: null,
  total: null,
  byDay: null,
  byHour: null,
  byAgent: null,
  byChannel: null,
  breaches: null,
  error: false,
  loading: true,
};

/** Queue health refreshes on every queue change (at most every 2 s) and every 30 s; reports per period. */
export function useDashboard(period: Period): DashboardData & { reload: () => void } {
  const { reconnects } = useRealtime();
  const [data, setData] = useState<DashboardData>(EMPTY);
  const [tick, setTick] = useState(0);
  const pending = useRef<number | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setData((current) => ({ ...current, loading: true, error: false }));
    Promise.all([
      fetchQueueHealth(controller.signal),
      fetchResponseTimes(period, null, controller.signal),
      fetchResponseTimes(period, 'day', controller.signal),
      fetchResponseTimes(period, 'hour', controller.signal),
      fetchResponseTimes(period, 'agent', controller.signal),
      fetchResponseTimes(period, 'channel', controller.signal),
      fetchBreaches(period, controller.signal),
    ])
      .then(([health, total, byDay, byHour, byAgent, byChannel, breaches]) =>
        setData({ health, total, byDay, byHour, byAgent, byChannel, breaches, error: false, loading: false }),
      )
      .catch((error: unknown) => {
        if (!isAbortError(error)) setData((current) => ({ ...current, error: true, loading: false }));
      });
    return () => controller.abort();
  }, [period, reconnects, tick]);

  const refreshHealth = useCallback(() => {
    if (pending.current !== null) return;
    pending.current = window.setTimeout(() => {
      pending.current = null;
      fetchQueueHealth()
        .then((health) => setData((current) => ({ ...current, health })))
        .catch(() => undefined);
    }, 2000);
  }, []);

  useEffect(() => {
    const timer = window.setInterval(refreshHealth, 30_000);
    return () => {
      window.clearInterval(timer);
      if (pending.current !== null) window.clearTimeout(pending.current);
    };
  }, [refreshHealth]);

  useSocketEvent('conversation.updated', refreshHealth);
  useSocketEvent('conversation.created', refreshHealth);

  return { ...data, reload: () => setTick((n) => n + 1) };
}
