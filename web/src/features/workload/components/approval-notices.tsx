import { useCallback, useState } from 'react';
import type { ApprovalNotice } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { IconEye } from '../../../components/ui/icons';
import { LiveToast } from '../../../components/ui/live-toast';
import { useSocketEvent } from '../../../realtime/use-socket';
import { useCurrentUser } from '../../../session/use-session';
import '../workload.css';

const TOAST_MS = 30_000;
let counter = 0;

interface Toast {
  id: number;
  conversationId: string;
  title: string;
  body: string;
}

/**
 * Live notices of four eyes: colleagues hear that a public reply waits for their approval; the writer
 * hears when it was approved or returned.
 */
export function ApprovalNotices() {
  const t = useT();
  const user = useCurrentUser();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  useSocketEvent('approval.changed', (notice: ApprovalNotice) => {
    const own = notice.writer.id === user.id;
    let title: string | null = null;
    let body = '';
    if (notice.state === 'awaiting' && !own) {
      title = t('workload.notice.awaiting');
      body = t('workload.notice.awaitingBody', { writer: notice.writer.name, contact: notice.contactName });
    } else if (own && (notice.state === 'approved' || notice.state === 'returned')) {
      title = t(notice.state === 'approved' ? 'workload.notice.approved' : 'workload.notice.returned');
      body = t('workload.notice.decidedBody', { contact: notice.contactName });
    }
    if (!title) {
      // Decided by someone: the notice about it is no longer needed.
      setToasts((all) => all.filter((toast) => toast.conversationId !== notice.conversationId));
      return;
    }
    const id = ++counter;
    setToasts((all) => [
      ...all.slice(-3),
      { id, conversationId: notice.conversationId, title: title!, body },
    ]);
    window.setTimeout(() => dismiss(id), TOAST_MS);
  });

  if (toasts.length === 0) return null;
  return (
    <div className="approval-toasts" role="status" data-testid="approval-notices">
      {toasts.map((toast) => (
        <LiveToast
          key={toast.id}
          className="approval-toast"
          testId="approval-notice"
          icon={<IconEye size={16} />}
          title={toast.title}
          body={toast.body}
          conversationId={toast.conversationId}
          onDismiss={() => dismiss(toast.id)}
        />
      ))}
    </div>
  );
}
