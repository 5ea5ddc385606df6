import { useT } from '../../../i18n/i18n';
import { useOpenEscalationCount } from '../hooks/use-escalations';
import '../escalations.css';

/** Live number of escalations waiting for pickup, on the nav item. */
export function EscalationCounter() {
  const t = useT();
  const count = useOpenEscalationCount();
  if (count === 0) return null;
  return (
    <span
      className="esc-counter"
      aria-label={t('escalation.counter', { n: count })}
      data-testid="escalation-counter"
    >
      {count > 99 ? '99+' : count}
    </span>
  );
}
