import { useState } from 'react';
import type { MessageView } from '@webcare/shared';
import { Button } from '../../../components/ui/button';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { approveReply, returnReply, withdrawReply } from '../api';
import '../workload.css';

/**
 * Four eyes under a public reply: who must look, and for everyone but the writer approve or return it
 * with a remark; the writer may withdraw it. Shows what became of it afterwards.
 */
export function ApprovalBar({
  message,
  currentUserId,
  onChanged,
}: {
  message: MessageView;
  currentUserId: string;
  /** The decided message, to show at once (the socket brings it to everyone else). */
  onChanged: (message: MessageView) => void;
}) {
  const t = useT();
  const [returning, setReturning] = useState(false);
  const [remark, setRemark] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const approval = message.approval;
  if (!approval) return null;
  const own = message.author?.id === currentUserId;
  const decider = approval.decidedBy?.name ?? '';

  const run = async (action: () => Promise<MessageView>) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await action();
      onChanged(updated);
      setReturning(false);
    } catch (caught) {
      setError(t('workload.approval.failed', { message: errorMessage(caught, t) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className={`approval approval--${approval.state}`}
      data-testid="approval"
      data-state={approval.state}
    >
      <span className="approval__state">
        {approval.state === 'awaiting' && t('workload.approval.awaiting')}
        {approval.state === 'approved' && t('workload.approval.approved', { name: decider })}
        {approval.state === 'returned' && t('workload.approval.returned', { name: decider })}
        {approval.state === 'withdrawn' && t('workload.approval.withdrawn')}
      </span>
      {approval.state === 'returned' && approval.remark && (
        <q className="approval__remark" data-testid="approval-remark">
          {approval.remark}
        </q>
      )}
      {approval.state === 'awaiting' && own && (
        <>
          <span className="approval__hint">{t('workload.approval.ownHint')}</span>
          <Button
            size="sm"
            variant="ghost"
            busy={busy}
            onClick={() => void run(() => withdrawReply(message.id))}
          >
            {t('workload.approval.withdraw')}
          </Button>
        </>
      )}
      {approval.state === 'awaiting' && !own && !returning && (
        <span className="approval__actions">
          <Button
            size="sm"
            variant="primary"
            busy={busy}
            data-testid="approve-reply"
            onClick={() => void run(() => approveReply(message.id))}
          >
            {t('workload.approval.approve')}
          </Button>
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => setReturning(true)}>
            {t('workload.approval.return')}
          </Button>
        </span>
      )}
      {approval.state === 'awaiting' && !own && returning && (
        <form
          className="approval__return"
          onSubmit={(event) => {
            event.preventDefault();
            if (remark.trim()) void run(() => returnReply(message.id, remark.trim()));
          }}
        >
          <label className="approval__label">
            {t('workload.approval.remark')}
            <textarea value={remark} maxLength={1000} rows={2} onChange={(e) => setRemark(e.target.value)} />
          </label>
          <Button type="submit" size="sm" variant="warning" busy={busy} disabled={!remark.trim()}>
            {t('workload.approval.sendRemark')}
          </Button>
        </form>
      )}
      {error && (
        <span className="approval__error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
