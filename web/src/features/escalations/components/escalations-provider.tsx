import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EscalationView } from '@webcare/shared';
import { isAbortError } from '../../../api/client';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useRealtime, useSocketEvent } from '../../realtime/hooks/use-socket';
import { fetchEscalations } from '../api';
import { EscalationsContext, type EscalationToast, type EscalationsValue } from '../hooks/use-escalations';
import { beep, readMuted, writeMuted } from '../lib/beep';
import { compareEscalations } from '../lib/escalation-order';
import { EscalationToasts } from './escalation-toasts';
import '../escalations.css';

const TOAST_MS = 8000;
let toastCounter = 0;

/**
 * Escalations for the whole signed-in session: the open list (for the nav counter and the advisor's
 * queue), live updates from the socket, toasts for new and answered escalations, and a beep for urgent ones.
 */
export function EscalationsProvider({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const { reconnects } = useRealtime();
  const [byId, setById] = useState<Record<string, EscalationView>>({});
  const [openIds, setOpenIds] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [muted, setMutedState] = useState(readMuted);
  const [toasts, setToasts] = useState<EscalationToast[]>([]);
  const [version, setVersion] = useState(0);
  const mutedRef = useRef(muted);
  mutedRef.current = muted;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetchEscalations({ status: ['open', 'accepted'] }, controller.signal)
      .then((page) => {
        setById((current) => {
          const next = { ...current };
          for (const item of page.items) next[item.id] = item;
          return next;
        });
        setOpenIds(page.items.map((item) => item.id));
      })
      .catch((error: unknown) => {
        if (!isAbortError(error)) setOpenIds([]);
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [me.id, reconnects, version]);

  const upsert = useCallback((escalation: EscalationView) => {
    setById((current) => ({ ...current, [escalation.id]: escalation }));
    setOpenIds((current) => {
      const active = escalation.status === 'open' || escalation.status === 'accepted';
      const has = current.includes(escalation.id);
      if (active && !has) return [...current, escalation.id];
      if (!active && has) return current.filter((id) => id !== escalation.id);
      return current;
    });
  }, []);

  const dismissToast = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const toast = useCallback(
    (kind: EscalationToast['kind'], escalation: EscalationView) => {
      const id = ++toastCounter;
      const urgent = escalation.priority === 'urgent';
      setToasts((current) => [...current.slice(-3), { id, kind, escalation, urgent }]);
      window.setTimeout(() => dismissToast(id), TOAST_MS);
      if (urgent && kind === 'created' && !mutedRef.current) beep();
    },
    [dismissToast],
  );

  useSocketEvent('escalation.created', (escalation) => {
    upsert(escalation);
    if (me.role !== 'agent' && escalation.requestedBy?.id !== me.id) toast('created', escalation);
  });
  useSocketEvent('escalation.updated', (escalation) => {
    upsert(escalation);
    const mine = escalation.requestedBy?.id === me.id;
    const byMe = escalation.acceptedBy?.id === me.id;
    if (mine && !byMe && escalation.status !== 'open')
      toast(escalation.status as EscalationToast['kind'], escalation);
  });

  const setMuted = useCallback((next: boolean) => {
    writeMuted(next);
    setMutedState(next);
  }, []);

  const open = useMemo(
    () =>
      openIds
        .map((id) => byId[id])
        .filter((e): e is EscalationView => !!e)
        .sort(compareEscalations),
    [openIds, byId],
  );

  const value = useMemo<EscalationsValue>(
    () => ({
      open,
      loading,
      byId,
      upsert,
      refresh: () => setVersion((v) => v + 1),
      muted,
      setMuted,
      toasts,
      dismissToast,
    }),
    [open, loading, byId, upsert, muted, setMuted, toasts, dismissToast],
  );

  return (
    <EscalationsContext.Provider value={value}>
      {children}
      <EscalationToasts />
    </EscalationsContext.Provider>
  );
}
