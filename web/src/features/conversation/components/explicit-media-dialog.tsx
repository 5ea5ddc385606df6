import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';

export interface ExplicitMediaDialogProps {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Looking at a possibly explicit image is a choice, made after a warning. */
export function ExplicitMediaDialog({ open, onCancel, onConfirm }: ExplicitMediaDialogProps) {
  const t = useT();
  return (
    <ConfirmDialog
      open={open}
      onCancel={onCancel}
      onConfirm={onConfirm}
      tone="warning"
      title={t('media.explicitTitle')}
      body={t('media.explicitBody')}
      cancelLabel={t('dialog.cancel')}
      confirmLabel={t('media.explicitConfirm')}
      testId="explicit-media-dialog"
      confirmTestId="explicit-media-confirm"
    />
  );
}
