import { useT } from '../../../i18n/i18n';
import { useNow } from '../../../hooks/use-now';
import { useFirstContactLane } from '../hooks/use-first-contact-lane';
import { useQueueContext } from '../hooks/use-queue-context';
import { QueueRow } from './queue-row';

/** Pinned above the queue, whatever the filters: nobody scrolls past a person in danger. */
export function FirstContactLane() {
  const t = useT();
  const now = useNow();
  const rows = useFirstContactLane();
  const { openId, cursorId, open } = useQueueContext();
  if (rows.length === 0) return null;
  return (
    <section className="first-contact-lane" aria-label={t('lane.title')} data-testid="first-contact-lane">
      <header className="first-contact-lane__head">
        <strong>{t('lane.title')}</strong>
        <span className="first-contact-lane__count">{rows.length}</span>
      </header>
      <div role="list">
        {rows.map((row) => (
          <div role="listitem" key={row.id}>
            <QueueRow
              row={row}
              now={now}
              active={row.id === openId}
              cursor={row.id === cursorId}
              flash={false}
              onOpen={open}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
