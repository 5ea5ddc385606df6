import type { Priority } from '@webcare/shared';
import { useT } from '../i18n/i18n';

/** Urgent and high get a coloured marker with a text label; normal and low stay quiet. */
export function PriorityMarker({ priority }: { priority: Priority }) {
  const t = useT();
  if (priority !== 'urgent' && priority !== 'high') return null;
  return (
    <span className={`priority priority--${priority}`} data-testid="priority-marker" data-priority={priority}>
      <span className="priority__icon" aria-hidden="true">
        {priority === 'urgent' ? '!!' : '!'}
      </span>
      {t(`priority.${priority}`)}
    </span>
  );
}
