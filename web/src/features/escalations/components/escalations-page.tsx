import { useMemo } from 'react';
import { useT } from '../../../i18n/i18n';
import { escalationsPath, inboxPath, navigate } from '../../../lib/router';
import { EmptyState } from '../../../components/ui/empty-state';
import { IconButton } from '../../../components/ui/button';
import { IconBell, IconEscalation } from '../../../components/ui/icons';
import { ConversationView } from '../../conversation/components/conversation-view';
import { QueueContext, type QueueContextValue } from '../../queue/hooks/use-queue-context';
import { useQueue } from '../../queue/hooks/use-queue';
import { useQueueFilters } from '../../queue/hooks/use-queue-filters';
import { useEscalations } from '../hooks/use-escalations';
import { EscalationList } from './escalation-list';

const noop = () => undefined;

/** The advisor's console: open escalations of their teams, and the selected conversation with its context. */
export function EscalationsPage({ escalationId }: { escalationId: string | null }) {
  const t = useT();
  const { open, byId, loading, muted, setMuted } = useEscalations();
  const selected = escalationId ? (byId[escalationId] ?? null) : null;
  const items = selected && !open.some((e) => e.id === selected.id) ? [selected, ...open] : open;

  // The conversation view lives inside a queue context (it keeps the queue row in step).
  const filters = useQueueFilters();
  const queue = useQueue(filters.filters);
  const conversationId = selected?.conversationId ?? null;
  const context = useMemo<QueueContextValue>(
    () => ({
      queue,
      filters,
      cursorId: conversationId,
      setCursorId: noop,
      openId: conversationId,
      open: (id) => navigate(inboxPath(id)),
    }),
    [queue, filters, conversationId],
  );

  return (
    <QueueContext.Provider value={context}>
      <div className="inbox escalations" data-testid="escalations-page">
        <aside className="esc-queue">
          <header className="panel-header esc-queue__header">
            <h1 className="esc-queue__title">
              {t('nav.escalations')}{' '}
              <span className="esc-queue__count">{open.filter((e) => e.status === 'open').length}</span>
            </h1>
            <IconButton
              label={muted ? t('escalation.unmute') : t('escalation.mute')}
              icon={<IconBell muted={muted} />}
              active={muted}
              aria-pressed={muted}
              onClick={() => setMuted(!muted)}
              data-testid="escalation-mute"
            />
          </header>
          {items.length === 0 ? (
            <EmptyState
              icon={<IconEscalation size={22} />}
              title={loading ? t('conversation.loading') : t('escalation.empty')}
            />
          ) : (
            <EscalationList
              items={items}
              selectedId={selected?.id ?? null}
              onSelect={(escalation) => navigate(escalationsPath(escalation.id))}
            />
          )}
        </aside>
        {conversationId ? (
          <ConversationView key={conversationId} id={conversationId} />
        ) : (
          <section className="conversation">
            <EmptyState icon={<IconEscalation size={22} />} title={t('escalation.pick')} />
          </section>
        )}
      </div>
    </QueueContext.Provider>
  );
}
