import { CHANNELS, CONVERSATION_STATUSES, FLAG_CODES } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import type { AssigneeFilter, QueueFilters } from '../lib/queue-filters';

export interface FilterBarProps {
  filters: QueueFilters;
  onChange: <K extends keyof QueueFilters>(key: K, value: QueueFilters[K]) => void;
}

function orNull<T extends string>(value: string): T | null {
  return value === '' ? null : (value as T);
}

/** Four compact selects; `/` focuses the first one. */
export function FilterBar({ filters, onChange }: FilterBarProps) {
  const t = useT();
  return (
    <div className="filter-bar" role="group" aria-label={t('filter.label')} data-testid="queue-filters">
      <select
        className={`filter-select ${filters.assignee !== 'all' ? 'is-set' : ''}`}
        aria-label={t('filter.assignee')}
        value={filters.assignee}
        onChange={(event) => onChange('assignee', event.target.value as AssigneeFilter)}
        data-shortcut-target="filters"
        data-testid="filter-assignee"
      >
        <option value="all">{t('filter.assigneeAll')}</option>
        <option value="me">{t('filter.assigneeMe')}</option>
        <option value="none">{t('filter.assigneeNone')}</option>
      </select>
      <select
        className={`filter-select ${filters.status !== 'active' ? 'is-set' : ''}`}
        aria-label={t('filter.status')}
        value={filters.status ?? ''}
        onChange={(event) => onChange('status', orNull(event.target.value))}
        data-testid="filter-status"
      >
        <option value="active">{t('filter.active')}</option>
        <option value="">{t('filter.allStatuses')}</option>
        {CONVERSATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
      <select
        className={`filter-select ${filters.channel ? 'is-set' : ''}`}
        aria-label={t('filter.channel')}
        value={filters.channel ?? ''}
        onChange={(event) => onChange('channel', orNull(event.target.value))}
        data-testid="filter-channel"
      >
        <option value="">{t('filter.allChannels')}</option>
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {t(`channel.${channel}`)}
          </option>
        ))}
      </select>
      <select
        className={`filter-select ${filters.flag ? 'is-set' : ''}`}
        aria-label={t('filter.flag')}
        value={filters.flag ?? ''}
        onChange={(event) => onChange('flag', orNull(event.target.value))}
        data-testid="filter-flag"
      >
        <option value="">{t('filter.allFlags')}</option>
        {FLAG_CODES.map((code) => (
          <option key={code} value={code}>
            {t(`flag.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
