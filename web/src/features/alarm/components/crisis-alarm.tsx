import { useCallback, useRef, useState } from 'react';
import type { ConversationSummary, CrisisAlert } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { beep } from '../../../lib/beep';
import { isMuted } from '../../../lib/mute';
import { inboxPath, navigate } from '../../../lib/router';
import { IconWarning } from '../../../components/ui/icons';
import { LiveToast } from '../../../components/ui/live-toast';
import { useSocketEvent } from '../../../realtime/use-socket';
import { isNewDanger } from '../lib/alarm-state';
import '../alarm.css';

const TOAST_MS = 20_000;
let toastCounter = 0;

interface AlarmToast {
  id: number;
  conversationId: string;
  title: string;
  body: string;
}

/**
 * A new crisis or safeguarding conversation nobody has answered: a toast and a sound (unless muted)
 * for everyone on duty, and a desktop notification when the tab is in the background. Supervisors also
 * hear when one had to go to the advisors on call.
 */
export function CrisisAlarm() {
  const t = useT();
  const [toasts, setToasts] = useState<AlarmToast[]>([]);
  const sounded = useRef(new Map<string, string>());
  const openedAt = useRef(Date.now());

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const raise = useCallback(
    (conversationId: string, title: string, body: string) => {
      const id = ++toastCounter;
      setToasts((current) => [...current.slice(-3), { id, conversationId, title, body }]);
      window.setTimeout(() => dismiss(id), TOAST_MS);
      if (!isMuted()) beep();
      if (
        document.visibilityState === 'hidden' &&
        typeof Notification !== 'undefined' &&
        Notification.permission === 'granted'
      ) {
        try {
          const notification = new Notification(title, {
            body,
            tag: conversationId,
            requireInteraction: true,
          });
          notification.onclick = () => {
            window.focus();
            navigate(inboxPath(conversationId));
            notification.close();
          };
        } catch {
          // Some browsers only notify from a service worker: the toast and the sound still come.
        }
      }
    },
    [dismiss],
  );

  const onRow = useCallback(
    (row: ConversationSummary) => {
      if (!isNewDanger(row, sounded.current, openedAt.current)) return;
      sounded.current.set(row.id, row.dangerSince!);
      raise(row.id, t('alarm.newCrisis'), t('alarm.newCrisisBody', { name: row.contact.displayName }));
    },
    [raise, t],
  );
  useSocketEvent('conversation.created', onRow);
  useSocketEvent('conversation.updated', onRow);
  useSocketEvent('crisis.alert', (alert: CrisisAlert) =>
    raise(
      alert.conversationId,
      t(`alarm.onCall.${alert.reason}`),
      t('alarm.onCallBody', { name: alert.contactName, team: alert.teamName }),
    ),
  );

  if (toasts.length === 0) return null;
  return (
    <div className="alarm-toasts" role="alert" data-testid="crisis-toasts">
      {toasts.map((toast) => (
        <LiveToast
          key={toast.id}
          className="alarm-toast"
          testId="crisis-toast"
          icon={<IconWarning size={16} />}
          title={toast.title}
          body={toast.body}
          conversationId={toast.conversationId}
          onDismiss={() => dismiss(toast.id)}
        />
      ))}
    </div>
  );
}
