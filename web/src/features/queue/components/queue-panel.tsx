import { useT } from '../../../i18n/i18n';
import { useQueueContext } from '../hooks/use-queue-context';
import { FilterBar } from './filter-bar';
import { FirstContactLane } from './first-contact-lane';
import { QueueList } from './queue-list';
import { SearchBox } from './search-box';
import '../queue.css';

export function QueuePanel() {
  const t = useT();
  const { queue, filters } = useQueueContext();
  return (
    <section className="queue-panel" aria-label={t('queue.label')} data-testid="queue">
      <header className="panel-header">
        <h1 className="panel-header__title">{t('queue.title')}</h1>
        {queue.status === 'ready' && (
          <span className="panel-header__count" aria-live="polite">
            {queue.items.length}
            {queue.nextCursor ? '+' : ''}
          </span>
        )}
      </header>
      <FirstContactLane />
      <SearchBox value={filters.filters.q} onChange={(q) => filters.setFilter('q', q)} />
      <FilterBar filters={filters.filters} onChange={filters.setFilter} />
      <QueueList />
    </section>
  );
}
