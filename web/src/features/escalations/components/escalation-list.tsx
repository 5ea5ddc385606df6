import type { EscalationView } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { useNow } from '../../../hooks/use-now';
import { PriorityMarker } from '../../../components/priority-marker';
import { Badge } from '../../../components/ui/badge';
import { PickupDue } from './pickup-due';
import '../escalations.css';

export interface EscalationListProps {
  items: EscalationView[];
  selectedId: string | null;
  onSelect: (escalation: EscalationView) => void;
}

/** The advisor's queue: urgency first, then the pickup deadline. */
export function EscalationList({ items, selectedId, onSelect }: EscalationListProps) {
  const t = useT();
  const now = useNow();
  return (
    <ul className="esc-list" aria-label={t('escalation.queue')} data-testid="escalation-list">
      {items.map((escalation) => (
        <li key={escalation.id}>
          <button
            type="button"
            className={`esc-row ${escalation.id === selectedId ? 'is-selected' : ''}`}
            onClick={() => onSelect(escalation)}
            aria-current={escalation.id === selectedId ? 'true' : undefined}
            data-testid="escalation-row"
            data-escalation-id={escalation.id}
            data-status={escalation.status}
          >
            <span className="esc-row__top">
              <PriorityMarker priority={escalation.priority} />
              <span className="esc-row__name">{escalation.contact.displayName}</span>
              <PickupDue escalation={escalation} now={now} />
            </span>
            <span className="esc-row__reason">{escalation.reason}</span>
            <span className="esc-row__meta">
              <Badge tone={escalation.mode === 'handover' ? 'warning' : 'info'}>
                {t(`escalation.mode.${escalation.mode}`)}
              </Badge>
              <span>{escalation.teamName}</span>
              {escalation.requestedBy && <span>· {escalation.requestedBy.name}</span>}
              {escalation.status !== 'open' && (
                <Badge tone="success">{t(`escalation.status.${escalation.status}`)}</Badge>
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
