import type { EscalationView } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { clockTime, durationLabel } from '../../../lib/time';
import { IconClock } from '../../../components/ui/icons';
import { isBreached } from '../lib/escalation-order';

/** Pickup deadline: time left, or how long it is overdue (a breached pickup, in red). */
export function PickupDue({ escalation, now }: { escalation: EscalationView; now: number }) {
  const { t, locale } = useI18n();
  if (!escalation.dueAt) return null;
  const breached = isBreached(escalation, now);
  const remaining = Date.parse(escalation.dueAt) - now;
  const label =
    escalation.status !== 'open'
      ? breached
        ? t('escalation.pickedUpLate')
        : t('escalation.pickedUp')
      : breached
        ? t('escalation.overdue', { time: durationLabel(remaining, locale) })
        : t('escalation.dueIn', { time: durationLabel(remaining, locale) });
  return (
    <span
      className={`esc-due ${breached ? 'esc-due--breached' : ''}`}
      title={clockTime(escalation.dueAt, locale)}
      data-testid="escalation-due"
      data-breached={breached || undefined}
    >
      <IconClock size={12} />
      {label}
    </span>
  );
}
