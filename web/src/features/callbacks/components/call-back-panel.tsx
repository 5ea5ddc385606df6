import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CallBackOutcome, CallBackRequest } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { fullDateTime } from '../../../lib/time';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconPhone } from '../../../components/ui/icons';
import { createCallBack, recordCallBackOutcome } from '../api';
import { callBackKeys, useCallBacks } from '../hooks/use-call-backs';
import '../call-backs.css';

const OUTCOMES: CallBackOutcome[] = ['reached', 'not_reached', 'retry'];

/** Open call-backs of the conversation with their outcome buttons, and a form to plan one by hand. */
export function CallBackPanel({ conversationId }: { conversationId: string }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const items = useCallBacks(conversationId);
  const [planning, setPlanning] = useState(false);
  const [reason, setReason] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: callBackKeys.open(conversationId) });
  const fail = (caught: unknown) => setError(errorMessage(caught, t));
  const plan = useMutation({
    mutationFn: (request: CallBackRequest) => createCallBack(conversationId, request),
    onMutate: () => setError(null),
    onSuccess: () => {
      setReason('');
      setPhone('');
      setPlanning(false);
      refresh();
    },
    onError: fail,
  });
  const record = useMutation({
    mutationFn: ({ id, outcome }: { id: string; outcome: CallBackOutcome }) =>
      recordCallBackOutcome(id, outcome),
    onMutate: () => setError(null),
    onSuccess: refresh,
    onError: fail,
  });
  const busy = plan.isPending
    ? 'plan'
    : record.isPending
      ? `${record.variables.id}:${record.variables.outcome}`
      : null;

  function submitPlan(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return;
    plan.mutate({ reason: reason.trim(), ...(phone.trim() ? { phone: phone.trim() } : {}) });
  }

  return (
    <section className="cb-panel" aria-label={t('callBack.title')} data-testid="call-back-panel">
      <div className="cb-panel__head">
        <IconPhone size={14} />
        <strong>{t('callBack.title')}</strong>
        {!planning && (
          <Button size="sm" variant="ghost" onClick={() => setPlanning(true)} data-testid="call-back-plan">
            {t('callBack.plan')}
          </Button>
        )}
      </div>
      {items.map((task) => (
        <div
          key={task.id}
          className={`cb-task ${task.overdue ? 'cb-task--overdue' : ''}`}
          data-testid="call-back-task"
        >
          <div>
            <strong>{task.phone ?? t('callBack.noPhone')}</strong> ·{' '}
            {t('callBack.due', { time: fullDateTime(task.dueAt, locale) })}
            <div className="cb-task__reason">{task.reason}</div>
          </div>
          <div className="cb-task__actions">
            {OUTCOMES.map((outcome) => (
              <Button
                key={outcome}
                size="sm"
                variant={outcome === 'reached' ? 'primary' : 'secondary'}
                busy={busy === `${task.id}:${outcome}`}
                onClick={() => record.mutate({ id: task.id, outcome })}
                data-testid={`call-back-${outcome}`}
              >
                {t(`callBack.outcome.${outcome}`)}
              </Button>
            ))}
          </div>
        </div>
      ))}
      {planning && (
        <form className="cb-form" onSubmit={submitPlan}>
          <input
            className="input"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('callBack.reason')}
            aria-label={t('callBack.reason')}
            data-testid="call-back-reason"
          />
          <input
            className="input"
            value={phone}
            onChange={(event) => setPhone(event.target.value)}
            placeholder={t('callBack.phone')}
            aria-label={t('callBack.phone')}
            inputMode="tel"
          />
          <Button type="submit" size="sm" variant="primary" busy={busy === 'plan'} disabled={!reason.trim()}>
            {t('callBack.save')}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setPlanning(false)}>
            {t('escalation.cancel')}
          </Button>
        </form>
      )}
      {error && <InlineAlert tone="danger">{error}</InlineAlert>}
    </section>
  );
}
