import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EscalationView } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { useNow } from '../../../hooks/use-now';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { FoldToggle } from '../../../components/ui/fold-toggle';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconEscalation } from '../../../components/ui/icons';
import { useCurrentUser } from '../../../session/use-session';
import { escalationAction, type EscalationAction } from '../api';
import { storeEscalation, useConversationEscalations } from '../hooks/use-escalations';
import { PickupDue } from './pickup-due';
import '../escalations.css';

const SHOWN: EscalationView['status'][] = ['open', 'accepted', 'answered'];

/**
 * The escalation context in the conversation: to which team, why, who asked, the pickup deadline,
 * the advisor's answer; and the next step for whoever may take it (accept, answer, return, close).
 * At phone width it folds (CSS) to its one-line summary with a toggle, so the thread keeps the screen;
 * it starts unfolded for the advisor whose move it is.
 */
export function EscalationPanel({ conversationId }: { conversationId: string }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const now = useNow();
  const queryClient = useQueryClient();
  const items = useConversationEscalations(conversationId);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Null until the toggle is used; until then the fold follows whose move it is (below).
  const [toggled, setToggled] = useState<boolean | null>(null);
  const bodyId = useId();
  const step = useMutation({
    mutationFn: ({ id, action, answer }: { id: string; action: EscalationAction; answer?: string }) =>
      escalationAction(id, action, answer),
    onMutate: () => setError(null),
    onSuccess: (next, { action }) => {
      storeEscalation(queryClient, next);
      if (action === 'respond') setText('');
    },
    onError: (caught) => setError(errorMessage(caught, t)),
  });
  const busy = step.isPending ? step.variables.action : null;

  const escalation = items.find((e) => SHOWN.includes(e.status));
  if (!escalation) return null;

  const isAdvisor = me.role === 'advisor';
  const supervising = me.role === 'supervisor' || me.role === 'admin';
  const mineToHandle = escalation.acceptedBy?.id === me.id;
  const handover = escalation.mode === 'handover';
  const canAccept = isAdvisor && escalation.status === 'open';
  const canRespond = mineToHandle && escalation.status === 'accepted';
  const canReturn =
    handover && (mineToHandle || supervising) && ['accepted', 'answered'].includes(escalation.status);
  const canClose =
    (escalation.status === 'open' && (escalation.requestedBy?.id === me.id || supervising)) ||
    (handover && (mineToHandle || supervising) && escalation.status !== 'open');
  // At phone width it starts unfolded when the next step is the viewer's (accept, answer).
  const expanded = toggled ?? (canAccept || canRespond);

  function run(action: EscalationAction) {
    if (!escalation) return;
    step.mutate({ id: escalation.id, action, answer: action === 'respond' ? text.trim() : undefined });
  }

  return (
    <section
      className={`esc-panel esc-panel--${escalation.status} ${expanded ? 'is-expanded' : ''}`}
      aria-label={t('escalation.panel')}
      data-testid="escalation-panel"
      data-status={escalation.status}
    >
      <div className="esc-panel__head">
        <IconEscalation size={16} />
        <strong>{t('escalation.toTeam', { team: escalation.teamName })}</strong>
        <Badge tone={handover ? 'warning' : 'info'} className="esc-panel__mode">
          {t(`escalation.mode.${escalation.mode}`)}
        </Badge>
        <Badge tone={escalation.status === 'open' ? 'neutral' : 'success'} data-testid="escalation-status">
          {t(`escalation.status.${escalation.status}`)}
          {escalation.acceptedBy ? ` · ${escalation.acceptedBy.name}` : ''}
        </Badge>
        <PickupDue escalation={escalation} now={now} />
        <FoldToggle
          className="esc-panel__toggle"
          expanded={expanded}
          controls={bodyId}
          label={expanded ? t('escalation.hideDetails') : t('escalation.showDetails')}
          onToggle={() => setToggled(!expanded)}
          data-testid="escalation-details-toggle"
        />
      </div>
      <div className="esc-panel__body" id={bodyId} data-testid="escalation-details">
        <p className="esc-panel__reason">
          <span className="esc-panel__label">
            {t('escalation.askedBy', { name: escalation.requestedBy?.name ?? '—' })}
          </span>{' '}
          {escalation.reason}
        </p>
        {escalation.response && (
          <div className="esc-panel__advice" data-testid="escalation-advice">
            <span className="esc-panel__label">
              {t('escalation.adviceFrom', { name: escalation.acceptedBy?.name ?? '—' })}
            </span>
            <p>{escalation.response}</p>
          </div>
        )}
        {canRespond && (
          <textarea
            className="input esc-panel__input"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={handover ? t('escalation.notePlaceholder') : t('escalation.advicePlaceholder')}
            aria-label={t('escalation.advice')}
            rows={3}
            data-testid="escalation-respond-input"
          />
        )}
        {error && <InlineAlert tone="danger">{error}</InlineAlert>}
        {(canAccept || canRespond || canReturn || canClose) && (
          <div className="esc-panel__actions">
            {canAccept && (
              <Button
                variant="primary"
                busy={busy === 'accept'}
                onClick={() => run('accept')}
                data-testid="escalation-accept"
              >
                {t('escalation.accept')}
              </Button>
            )}
            {canRespond && (
              <Button
                variant="primary"
                busy={busy === 'respond'}
                disabled={!text.trim()}
                onClick={() => run('respond')}
                data-testid="escalation-respond"
              >
                {t('escalation.respond')}
              </Button>
            )}
            {canReturn && (
              <Button busy={busy === 'return'} onClick={() => run('return')} data-testid="escalation-return">
                {t('escalation.return', { name: escalation.requestedBy?.name ?? '' })}
              </Button>
            )}
            {canClose && (
              <Button
                variant="ghost"
                busy={busy === 'close'}
                onClick={() => run('close')}
                data-testid="escalation-close"
              >
                {escalation.status === 'open' ? t('escalation.withdraw') : t('escalation.close')}
              </Button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
