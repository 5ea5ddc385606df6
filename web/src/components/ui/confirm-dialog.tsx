import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { Button } from './button';
import { Dialog } from './dialog';

export interface ConfirmDialogProps {
  open: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  tone: 'warning' | 'danger';
  title: string;
  body: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  testId: string;
  confirmTestId: string;
}

/** A deliberate second step before something risky; the safe choice has focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog
      open={props.open}
      onClose={props.onCancel}
      tone={props.tone}
      title={props.title}
      closeLabel={t('dialog.close')}
      testId={props.testId}
      footer={
        <>
          <Button onClick={props.onCancel} data-autofocus>
            {props.cancelLabel}
          </Button>
          <Button variant="danger" onClick={props.onConfirm} data-testid={props.confirmTestId}>
            {props.confirmLabel}
          </Button>
        </>
      }
    >
      <p>{props.body}</p>
    </Dialog>
  );
}
