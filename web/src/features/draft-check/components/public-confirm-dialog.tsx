import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

export interface PublicConfirmDialogProps {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** A deliberate second step before a risky draft goes out in public; the safe choice has focus. */
export function PublicConfirmDialog({ open, onCancel, onConfirm }: PublicConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      tone="danger"
      title={t('draft.confirmTitle')}
      closeLabel={t('dialog.close')}
      testId="public-confirm-dialog"
      footer={
        <>
          <Button onClick={onCancel} data-autofocus>
            {t('draft.cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm} data-testid="public-confirm">
            {t('draft.confirm')}
          </Button>
        </>
      }
    >
      <p>{t('draft.confirmBody')}</p>
    </Dialog>
  );
}
