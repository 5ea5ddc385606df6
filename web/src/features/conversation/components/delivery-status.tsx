import type { DeliveryStatus as Status } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { IconCheck, IconCheckDouble, IconHourglass, IconWarning } from '../../../components/ui/icons';

function StatusIcon({ status }: { status: Status }) {
  switch (status) {
    case 'queued':
      return <IconHourglass size={12} />;
    case 'sent':
      return <IconCheck size={12} />;
    case 'delivered':
    case 'read':
      return <IconCheckDouble size={13} />;
    case 'failed':
      return <IconWarning size={12} />;
    case 'received':
      return null;
  }
}

/** Outbound delivery: ⏳ queued, ✓ sent, ✓✓ delivered, ✓✓ (blue) read, failed in red with the reason. */
export function DeliveryStatus({ status, error }: { status: Status; error?: string | null }) {
  const t = useT();
  const label =
    status === 'failed' && error ? t('delivery.failedReason', { reason: error }) : t(`delivery.${status}`);
  return (
    <span
      className={`delivery delivery--${status}`}
      data-testid="delivery-status"
      data-status={status}
      title={label}
      role={status === 'failed' ? 'alert' : undefined}
    >
      <StatusIcon status={status} />
      <span>{label}</span>
    </span>
  );
}
