import type { FlagCode, Severity } from '@webcare/shared';
import { useT } from '../i18n/i18n';
import { Tooltip } from './ui/tooltip';

export interface FlagChipProps {
  code: FlagCode;
  severity: Severity;
  /** The reason in the current language; shown as a tooltip when given. */
  reason?: string;
  size?: 'sm' | 'md';
}

/** A short flag label; the colour per flag is backed by the text and, for critical ones, a marker. */
export function FlagChip({ code, severity, reason, size = 'sm' }: FlagChipProps) {
  const t = useT();
  const chip = (
    <span
      className={`flag-chip flag-chip--${size} flag--${code} flag-chip--${severity}`}
      data-testid="flag-chip"
      data-flag={code}
      data-severity={severity}
      tabIndex={reason ? 0 : undefined}
      aria-label={reason ? `${t(`flag.${code}`)}: ${reason}` : undefined}
    >
      {severity === 'critical' && (
        <span className="flag-chip__marker" aria-hidden="true">
          !
        </span>
      )}
      {t(`flag.${code}`)}
    </span>
  );
  if (!reason) return chip;
  return <Tooltip content={reason}>{chip}</Tooltip>;
}
