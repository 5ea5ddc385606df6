import { useEffect, useState } from 'react';
import { CLOSE_REASONS, type CloseReason } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

export interface CloseUrgentDialogProps {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: (reason: CloseReason, note: string) => void;
}

/**
 * Closing crisis or safeguarding work nobody has answered: a deliberate step with a reason (and a
 * note), which goes into the access log and the reports. Staying open has focus.
 */
export function CloseUrgentDialog({ open, busy, onCancel, onConfirm }: CloseUrgentDialogProps) {
  const t = useT();
  const [reason, setReason] = useState<CloseReason | ''>('');
  const [note, setNote] = useState('');
  useEffect(() => {
    if (open) {
      setReason('');
      setNote('');
    }
  }, [open]);

  return (
    <Dialog
      open={open}
      onClose={onCancel}
      tone="danger"
      title={t('close.title')}
      closeLabel={t('dialog.close')}
      testId="close-urgent-dialog"
      footer={
        <>
          <Button onClick={onCancel} data-autofocus>
            {t('close.cancel')}
          </Button>
          <Button
            variant="danger"
            disabled={!reason || busy}
            busy={busy}
            onClick={() => reason && onConfirm(reason, note)}
            data-testid="close-urgent-confirm"
          >
            {t('close.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('close.body')}</p>
      <fieldset className="close-urgent__reasons">
        <legend>{t('close.reason')}</legend>
        {CLOSE_REASONS.map((value) => (
          <label key={value} className="close-urgent__reason">
            <input
              type="radio"
              name="close-reason"
              value={value}
              checked={reason === value}
              onChange={() => setReason(value)}
              data-testid={`close-reason-${value}`}
            />
            {t(`close.reason.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="close-urgent__note">
        <span>{t('close.note')}</span>
        <textarea
          value={note}
          maxLength={2000}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          data-testid="close-urgent-note"
        />
      </label>
    </Dialog>
  );
}
