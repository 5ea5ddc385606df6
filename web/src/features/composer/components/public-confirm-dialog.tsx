import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';

export interface PublicConfirmDialogProps {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Posting a risky draft in public takes a second, deliberate step. */
export function PublicConfirmDialog({ open, onCancel, onConfirm }: PublicConfirmDialogProps) {
  const t = useT();
  return (
    <ConfirmDialog
      open={open}
      onCancel={onCancel}
      onConfirm={onConfirm}
      tone="danger"
      title={t('draft.confirmTitle')}
      body={t('draft.confirmBody')}
      cancelLabel={t('draft.cancel')}
      confirmLabel={t('draft.confirm')}
      testId="public-confirm-dialog"
      confirmTestId="public-confirm"
    />
  );
}
