import type { ReactNode } from 'react';
import { IconWarning } from './icons';

export interface InlineAlertProps {
  tone?: 'danger' | 'warning' | 'info' | 'success';
  children: ReactNode;
  action?: ReactNode;
  onDismiss?: () => void;
  dismissLabel?: string;
}

export function InlineAlert({
  tone = 'danger',
  children,
  action,
  onDismiss,
  dismissLabel,
}: InlineAlertProps) {
  return (
    <div
      className={`inline-alert inline-alert--${tone}`}
      role={tone === 'danger' || tone === 'warning' ? 'alert' : 'status'}
    >
      {(tone === 'danger' || tone === 'warning') && <IconWarning className="inline-alert__icon" />}
      <div className="inline-alert__text">{children}</div>
      {action}
      {onDismiss && (
        <button
          type="button"
          className="inline-alert__dismiss"
          aria-label={dismissLabel}
          title={dismissLabel}
          onClick={onDismiss}
        >
          ×
        </button>
      )}
    </div>
  );
}
