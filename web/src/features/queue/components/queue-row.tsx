import { memo } from 'react';
import type { ConversationSummary } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { relativeTime, fullDateTime } from '../../../lib/time';
import { inboxPath } from '../../../lib/router';
import { Avatar } from '../../../components/ui/avatar';
import { ChannelIcon } from '../../../components/channel-icon';
import { FlagChip } from '../../../components/flag-chip';
import { uniqueByCode } from '../../../lib/flag-order';
import { PriorityMarker } from '../../../components/priority-marker';
import { PublicBadge } from '../../../components/public-badge';
import { SlaIndicator } from './sla-indicator';
import { CallBackBadge } from './call-back-badge';

const MAX_CHIPS = 3;

export interface QueueRowProps {
  row: ConversationSummary;
  now: number;
  active: boolean;
  cursor: boolean;
  flash: boolean;
  onOpen: (id: string) => void;
}

export const QueueRow = memo(function QueueRow({ row, now, active, cursor, flash, onOpen }: QueueRowProps) {
  const { t, locale } = useI18n();
  const flags = uniqueByCode(row.flags);
  const shown = flags.slice(0, MAX_CHIPS);
  const hidden = flags
    .slice(MAX_CHIPS)
    .map((flag) =>
      flag.possible ? t('flag.possible', { flag: t(`flag.${flag.code}`) }) : t(`flag.${flag.code}`),
    );
  const classes = [
    'queue-row',
    `queue-row--${row.priority}`,
    active ? 'is-active' : '',
    cursor ? 'is-cursor' : '',
    row.unread ? 'is-unread' : '',
    flash ? 'is-flash' : '',
    row.status === 'resolved' ? 'is-resolved' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <a
      href={`#${inboxPath(row.id)}`}
      className={classes}
      data-testid="queue-row"
      data-conversation-id={row.id}
      data-priority={row.priority}
      data-unread={row.unread || undefined}
      aria-current={active ? 'true' : undefined}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(row.id);
      }}
    >
      <span className="queue-row__channel">
        <ChannelIcon channel={row.channel} label={t(`channel.${row.channel}`)} size={22} />
        {row.unread && <span className="unread-dot" role="img" aria-label={t('queue.unread')} />}
      </span>
      <span className="queue-row__main">
        <span className="queue-row__line">
          <PriorityMarker priority={row.priority} />
          <span className="queue-row__name">{row.contact.displayName}</span>
          {row.visibility === 'public' && <PublicBadge />}
          <time
            className="queue-row__time"
            dateTime={row.lastMessageAt}
            title={fullDateTime(row.lastMessageAt, locale)}
          >
            {relativeTime(row.lastMessageAt, now, locale)}
          </time>
        </span>
        <span className="queue-row__preview">{row.lastMessagePreview}</span>
        <span className="queue-row__line queue-row__meta">
          <span className="queue-row__chips">
            <SlaIndicator dueAt={row.slaDueAt} now={now} state={row.slaState} />
            <CallBackBadge dueAt={row.callBackDueAt} now={now} />
            {shown.map((flag) => (
              <FlagChip key={flag.code} code={flag.code} severity={flag.severity} possible={flag.possible} />
            ))}
            {hidden.length > 0 && (
              // The flags beyond the first few: named on hover and read out by screen readers.
              <span className="flag-more" title={hidden.join(', ')} data-testid="flag-more">
                {t('queue.moreFlags', { count: hidden.length })}
                <span className="visually-hidden">: {hidden.join(', ')}</span>
              </span>
            )}
          </span>
          <span className="queue-row__status">
            {row.status !== 'open' && row.status !== 'new' && t(`status.${row.status}`)}
          </span>
          {row.assignee ? (
            <Avatar
              name={row.assignee.name}
              seed={row.assignee.id}
              size="xs"
              title={t('queue.assignedTo', { name: row.assignee.name })}
            />
          ) : (
            <span
              className="avatar avatar--xs avatar--empty"
              title={t('queue.unassigned')}
              aria-label={t('queue.unassigned')}
              role="img"
            />
          )}
        </span>
      </span>
    </a>
  );
});
