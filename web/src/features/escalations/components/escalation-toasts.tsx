import { useCallback, useState } from 'react';
import type { EscalationView } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { IconEscalation } from '../../../components/ui/icons';
import { LiveToast } from '../../../components/ui/live-toast';
import { useCurrentUser } from '../../../session/use-session';
import { useSocketEvent } from '../../../realtime/use-socket';
import { beep } from '../../../lib/beep';
import { isMuted } from '../../../lib/mute';
import '../escalations.css';

const TOAST_MS = 8000;
let toastCounter = 0;

interface EscalationToast {
  id: number;
  kind: 'created' | 'accepted' | 'answered' | 'returned' | 'closed';
  escalation: EscalationView;
  urgent: boolean;
}

/**
 * Short notices for escalation events, bottom right, for the whole signed-in console: new escalations for
 * advisors and supervisors (with a beep for urgent ones), and the next step of the ones I asked for.
 * Clicking one opens the conversation.
 */
export function EscalationToasts() {
  const t = useT();
  const me = useCurrentUser();
  const [toasts, setToasts] = useState<EscalationToast[]>([]);

  const dismissToast = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const toast = useCallback(
    (kind: EscalationToast['kind'], escalation: EscalationView) => {
      const id = ++toastCounter;
      const urgent = escalation.priority === 'urgent';
      setToasts((current) => [...current.slice(-3), { id, kind, escalation, urgent }]);
      window.setTimeout(() => dismissToast(id), TOAST_MS);
      if (urgent && kind === 'created' && !isMuted()) beep();
    },
    [dismissToast],
  );

  useSocketEvent('escalation.created', (escalation) => {
    if (me.role !== 'agent' && escalation.requestedBy?.id !== me.id) toast('created', escalation);
  });
  useSocketEvent('escalation.updated', (escalation) => {
    const mine = escalation.requestedBy?.id === me.id;
    const byMe = escalation.acceptedBy?.id === me.id;
    if (mine && !byMe && escalation.status !== 'open')
      toast(escalation.status as EscalationToast['kind'], escalation);
  });

  if (toasts.length === 0) return null;
  return (
    <div className="esc-toasts" role="status" aria-live="polite" data-testid="escalation-toasts">
      {toasts.map(({ id, kind, escalation, urgent }) => (
        <LiveToast
          key={id}
          className={`esc-toast ${urgent ? 'esc-toast--urgent' : ''}`}
          testId="escalation-toast"
          icon={<IconEscalation size={16} />}
          title={t(`escalation.toast.${kind}`, {
            name: escalation.acceptedBy?.name ?? escalation.requestedBy?.name ?? '',
            team: escalation.teamName,
          })}
          body={`${escalation.contact.displayName} · ${t(`escalation.mode.${escalation.mode}`)}`}
          conversationId={escalation.conversationId}
          onDismiss={() => dismissToast(id)}
        />
      ))}
    </div>
  );
}
