import type { FlagCode, Severity } from '@webcare/shared';
import { useT } from '../i18n/i18n';
import { Tooltip } from './ui/tooltip';

export interface FlagChipProps {
  code: FlagCode;
  severity: Severity;
  /** The reason in the current language; shown as a tooltip when given. */
  reason?: string;
  size?: 'sm' | 'md';
  /** Raised by the learned model alone: drawn dashed, named "possible", with its confidence when known. */
  possible?: boolean;
  confidence?: number;
}

/** A short flag label; the colour per flag is backed by the text and, for critical ones, a marker. */
export function FlagChip({ code, severity, reason, size = 'sm', possible, confidence }: FlagChipProps) {
  const t = useT();
  const name = possible ? t('flag.possible', { flag: t(`flag.${code}`) }) : t(`flag.${code}`);
  const label = confidence === undefined ? name : `${name} (${Math.round(confidence * 100)}%)`;
  const chip = (
    <span
      className={`flag-chip flag-chip--${size} flag--${code} flag-chip--${severity}${possible ? ' flag-chip--possible' : ''}`}
      data-testid="flag-chip"
      data-flag={code}
      data-severity={severity}
      data-possible={possible ? 'true' : undefined}
      tabIndex={reason ? 0 : undefined}
      aria-label={reason ? `${label}: ${reason}` : possible ? label : undefined}
    >
      {severity === 'critical' && (
        <span className="flag-chip__marker" aria-hidden="true">
          !
        </span>
      )}
      {name}
      {confidence !== undefined && (
        <span className="flag-chip__confidence">{Math.round(confidence * 100)}%</span>
      )}
    </span>
  );
  if (!reason) return chip;
  return <Tooltip content={reason}>{chip}</Tooltip>;
}
