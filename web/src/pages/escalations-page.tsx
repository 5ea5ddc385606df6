import { useT } from '../i18n/i18n';
import { escalationsPath, navigate } from '../lib/router';
import { EmptyState } from '../components/ui/empty-state';
import { IconButton } from '../components/ui/button';
import { IconBell, IconEscalation } from '../components/ui/icons';
import { ConversationPane } from './conversation-pane';
import { useEscalation, useOpenEscalations } from '../features/escalations/hooks/use-escalations';
import { useMuted } from '../lib/mute';
import { EscalationList } from '../features/escalations/components/escalation-list';
import { useCurrentUser } from '../session/use-session';
import './pages.css';

/** The advisor's console: open escalations of their teams, and the selected conversation with its context. */
export function EscalationsPage({ escalationId }: { escalationId: string | null }) {
  const t = useT();
  const me = useCurrentUser();
  const { open, loading } = useOpenEscalations();
  const [muted, setMuted] = useMuted();
  const seen = useEscalation(escalationId);
  const selected = seen ?? open.find((e) => e.id === escalationId) ?? null;
  const items = selected && !open.some((e) => e.id === selected.id) ? [selected, ...open] : open;
  const conversationId = selected?.conversationId ?? null;

  return (
    <div
      className={`inbox escalations ${conversationId ? 'inbox--open' : ''}`}
      data-testid="escalations-page"
    >
      <aside className="esc-queue">
        <header className="panel-header esc-queue__header">
          <h1 className="esc-queue__title">
            {me.role === 'agent' ? t('escalation.started') : t('nav.escalations')}{' '}
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
        <ConversationPane key={conversationId} id={conversationId} />
      ) : (
        <section className="conversation">
          <EmptyState icon={<IconEscalation size={22} />} title={t('escalation.pick')} />
        </section>
      )}
    </div>
  );
}
