import { createContext, useContext } from 'react';
import type { EscalationView } from '@webcare/shared';

export interface EscalationToast {
  id: number;
  kind: 'created' | 'accepted' | 'answered' | 'returned' | 'closed';
  escalation: EscalationView;
  urgent: boolean;
}

export interface EscalationsValue {
  /** Open escalations this user should pick up or watch (advisor: own teams; supervisor: all). */
  open: EscalationView[];
  loading: boolean;
  /** The latest version of every escalation seen in this session, by id. */
  byId: Record<string, EscalationView>;
  /** Replace one escalation after an action, without waiting for the socket. */
  upsert: (escalation: EscalationView) => void;
  refresh: () => void;
  muted: boolean;
  setMuted: (muted: boolean) => void;
  toasts: EscalationToast[];
  dismissToast: (id: number) => void;
}

export const EscalationsContext = createContext<EscalationsValue | null>(null);

export function useEscalations(): EscalationsValue {
  const value = useContext(EscalationsContext);
  if (!value) throw new Error('useEscalations must be used inside EscalationsProvider');
  return value;
}

/** The nav counter: open escalations waiting for pickup. */
export function useOpenEscalationCount(): number {
  const value = useContext(EscalationsContext);
  return value ? value.open.filter((e) => e.status === 'open').length : 0;
}
