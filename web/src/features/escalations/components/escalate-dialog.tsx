import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ESCALATION_MODES,
  ESCALATION_PICKUP_MINUTES,
  type ConversationDetail,
  type EscalationMode,
} from '@webcare/shared';
import { isApiError } from '../../../api/client';
import { useI18n } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { durationLabel } from '../../../lib/time';
import { PriorityMarker } from '../../../components/priority-marker';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { createEscalation, fetchTeams } from '../api';
import { storeEscalation } from '../hooks/use-escalations';
import '../escalations.css';

export interface EscalateDialogProps {
  open: boolean;
  detail: ConversationDetail;
  onClose: () => void;
}

/** Ask a team of care advisors: which team, consult or handover, and why. */
export function EscalateDialog({ open, detail, onClose }: EscalateDialogProps) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const { data: teams = [] } = useQuery({
    queryKey: ['teams'],
    queryFn: ({ signal }) => fetchTeams(signal),
    enabled: open,
  });
  const [teamId, setTeamId] = useState('');
  const [mode, setMode] = useState<EscalationMode>('consult');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (request: { teamId: string; mode: EscalationMode; reason: string }) =>
      createEscalation(detail.id, request),
    onMutate: () => setError(null),
    onSuccess: (escalation) => {
      storeEscalation(queryClient, escalation);
      setReason('');
      onClose();
    },
    onError: (caught) =>
      setError(isApiError(caught, 409) ? t('escalation.alreadyEscalated') : errorMessage(caught, t)),
  });

  useEffect(() => {
    if (open) setError(null);
  }, [open]);
  const chosenTeam = teamId || teams[0]?.id || '';

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosenTeam || !reason.trim()) return;
    create.mutate({ teamId: chosenTeam, mode, reason: reason.trim() });
  }

  const minutes = ESCALATION_PICKUP_MINUTES[detail.priority];
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('escalation.dialogTitle')}
      closeLabel={t('dialog.close')}
      width={520}
      testId="escalate-dialog"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('escalation.cancel')}
          </Button>
          <Button
            variant="primary"
            type="submit"
            form="escalate-form"
            busy={create.isPending}
            disabled={!chosenTeam || !reason.trim()}
            data-testid="escalate-submit"
          >
            {t('escalation.submit')}
          </Button>
        </>
      }
    >
      <form id="escalate-form" className="esc-form" onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('escalation.team')}</span>
          <select
            className="input"
            value={chosenTeam}
            onChange={(event) => setTeamId(event.target.value)}
            data-testid="escalate-team"
            data-autofocus
          >
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name} ({t(`escalation.teamKind.${team.kind}`)})
              </option>
            ))}
          </select>
        </label>
        <fieldset className="esc-form__modes">
          <legend className="field__label">{t('escalation.modeLabel')}</legend>
          {ESCALATION_MODES.map((value) => (
            <label key={value} className={`esc-mode ${mode === value ? 'is-selected' : ''}`}>
              <input
                type="radio"
                name="escalation-mode"
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
                data-testid={`escalate-mode-${value}`}
              />
              <span>
                <strong>{t(`escalation.mode.${value}`)}</strong>
                <span className="esc-mode__hint">{t(`escalation.modeHint.${value}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">{t('escalation.reason')}</span>
          <textarea
            className="input"
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={t('escalation.reasonPlaceholder')}
            data-testid="escalate-reason"
          />
        </label>
        <p className="esc-form__urgency" data-testid="escalate-urgency">
          <PriorityMarker priority={detail.priority} />
          {t('escalation.urgency', {
            priority: t(`priority.${detail.priority}`),
            time: durationLabel(minutes * 60_000, locale),
          })}
        </p>
        {error && <InlineAlert tone="danger">{error}</InlineAlert>}
      </form>
    </Dialog>
  );
}
