import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';

export interface ExplicitMediaDialogProps {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function ExplicitMediaDialog({ open, onCancel, onConfirm }: ExplicitMediaDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      tone="warning"
      title={t('media.explicitTitle')}
      closeLabel={t('dialog.close')}
      testId="explicit-media-dialog"
      footer={
        <>
          <Button onClick={onCancel} data-autofocus>
            {t('dialog.cancel')}
          </Button>
          <Button variant="danger" onClick={onConfirm} data-testid="explicit-media-confirm">
            {t('media.explicitConfirm')}
          </Button>
        </>
      }
    >
      <p>{t('media.explicitBody')}</p>
    </Dialog>
  );
}
