import { useI18n } from '../../../i18n/i18n';
import { durationLabel } from '../../../lib/time';
import { IconClock } from '../../../components/ui/icons';

/** Within this window before the due time the row starts to warn. */
const NEAR_MS = 30 * 60_000;

/** `state` is the server's view (near = the last 20 % of the allowed time), pushed live when it changes. */
export function SlaIndicator({
  dueAt,
  now,
  state,
}: {
  dueAt: string | null;
  now: number;
  state?: 'ok' | 'near' | 'breached' | 'paused' | null;
}) {
  const { t, locale } = useI18n();
  if (state === 'paused') {
    // Waiting for the person: the deadline does not run.
    return (
      <span
        className="sla sla--paused"
        title={t('sla.paused')}
        data-testid="sla-indicator"
        data-sla-state="paused"
      >
        <IconClock size={12} />
        {t('sla.paused')}
      </span>
    );
  }
  if (!dueAt) return null;
  const remaining = Date.parse(dueAt) - now;
  if (Number.isNaN(remaining) || (remaining > NEAR_MS && state !== 'near' && state !== 'breached'))
    return null;
  const overdue = remaining <= 0;
  const span = durationLabel(remaining, locale);
  const label = overdue ? t('queue.slaOverdueLong', { time: span }) : t('queue.slaDue', { time: span });
  return (
    <span
      className={`sla ${overdue ? 'sla--overdue' : 'sla--near'}`}
      title={label}
      aria-label={label}
      data-testid="sla-indicator"
      data-overdue={overdue || undefined}
      data-sla-state={state ?? undefined}
    >
      <IconClock size={12} />
      {overdue ? `${t('queue.slaOverdue')} ${span}` : span}
    </span>
  );
}
