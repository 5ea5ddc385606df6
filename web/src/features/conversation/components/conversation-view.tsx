import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconRefresh, IconWarning } from '../../../components/ui/icons';
import { CallBackPanel } from '../../callbacks/components/call-back-panel';
import { Composer } from '../../composer/components/composer';
import { EscalationPanel } from '../../escalations/components/escalation-panel';
import { useCommand } from '../../shortcuts/hooks/use-command';
import { SwitchCard } from '../../triage/components/switch-card';
import { TriageBar } from '../../triage/components/triage-bar';
import { useContactPanel } from '../hooks/use-contact-panel';
import { useConversation } from '../hooks/use-conversation';
import { useConversationActions } from '../hooks/use-conversation-actions';
import { ContactCard } from './contact-card';
import { ConversationHeader } from './conversation-header';
import { ConversationSkeleton } from './conversation-skeleton';
import { Thread } from './thread';

export function ConversationView({ id }: { id: string }) {
  const t = useT();
  const conversation = useConversation(id);
  const actions = useConversationActions(conversation.detail);
  const [sideOpen, toggleSide] = useContactPanel();
  const { detail, load } = conversation;

  useCommand('resolve', () => void actions.setStatus('resolved'));
  useCommand('assign-me', () => void actions.assign());

  if (load === 'loading' || (!detail && load === 'ready')) {
    return (
      <section className="conversation" data-testid="conversation-view" aria-busy="true">
        <ConversationSkeleton />
      </section>
    );
  }
  if (!detail) {
    return (
      <section className="conversation" data-testid="conversation-view">
        <EmptyState
          tone="danger"
          icon={<IconWarning size={22} />}
          title={load === 'not-found' ? t('conversation.notFound') : t('conversation.error')}
          action={
            load === 'error' ? (
              <Button icon={<IconRefresh />} onClick={conversation.reload}>
                {t('queue.retry')}
              </Button>
            ) : undefined
          }
        />
      </section>
    );
  }

  const switchCard = detail.suggestedSwitch && (
    <SwitchCard
      key={`${detail.id}-${detail.suggestedSwitch.kind}`}
      conversationId={detail.id}
      suggestion={detail.suggestedSwitch}
      onSwitched={conversation.reload}
    />
  );

  return (
    <section
      className={`conversation ${sideOpen ? 'has-side' : ''}`}
      data-testid="conversation-view"
      data-conversation-id={detail.id}
      aria-label={detail.contact.displayName}
    >
      <ConversationHeader
        detail={detail}
        actions={actions}
        contactOpen={sideOpen}
        onToggleContact={toggleSide}
      />
      {actions.error && (
        <div className="conversation__alert" data-testid="conversation-error">
          <InlineAlert tone="danger" onDismiss={actions.clearError} dismissLabel={t('dialog.close')}>
            {actions.error}
          </InlineAlert>
        </div>
      )}
      <div className="conversation__body">
        <div className="conversation__main">
          <EscalationPanel conversationId={detail.id} />
          <TriageBar detail={detail} />
          <Thread detail={detail} />
          {!sideOpen && switchCard && <div className="conversation__inline-switch">{switchCard}</div>}
          <Composer detail={detail} conversation={conversation} />
        </div>
        {sideOpen && (
          <div className="conversation__side">
            {switchCard}
            <CallBackPanel conversationId={detail.id} />
            <ContactCard detail={detail} />
          </div>
        )}
      </div>
    </section>
  );
}
