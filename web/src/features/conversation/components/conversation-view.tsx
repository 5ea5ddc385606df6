import type { ReactNode } from 'react';
import type { ConversationDetail, MessageView } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { IconRefresh, IconWarning } from '../../../components/ui/icons';
import { useCommand } from '../../../shortcuts/use-command';
import { useContactPanel } from '../hooks/use-contact-panel';
import { useConversation, type ConversationController } from '../hooks/use-conversation';
import { useConversationActions } from '../hooks/use-conversation-actions';
import { CloseUrgentDialog } from './close-urgent-dialog';
import { ContactCard } from './contact-card';
import { ConversationHeader } from './conversation-header';
import { ConversationSkeleton } from './conversation-skeleton';
import { Thread } from './thread';
import '../conversation.css';

/** What the page puts around the thread of a loaded conversation. */
export interface ConversationParts {
  /** In the header, before assign and status. */
  headerActions?: ReactNode;
  /** Above the thread. */
  aboveThread?: ReactNode;
  /** The suggested switch: below the thread while the side column is closed, on top of it when open. */
  suggestion?: ReactNode;
  /** Below the thread. */
  composer?: ReactNode;
  /** In the side column, above the contact card. */
  side?: ReactNode;
  /** Under a message in the thread (e.g. its approval), if anything. */
  messageFooter?: (message: MessageView) => ReactNode;
  /** On the contact card, below its facts (the person's privacy actions). */
  contactActions?: ReactNode;
}

export interface ConversationViewProps {
  id: string;
  parts?: (detail: ConversationDetail, conversation: ConversationController) => ConversationParts;
}

export function ConversationView({ id, parts: renderParts }: ConversationViewProps) {
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

  const parts = renderParts?.(detail, conversation) ?? {};
  const switchCard = parts.suggestion;

  return (
    <section
      className={`conversation ${sideOpen ? 'has-side' : ''}`}
      data-testid="conversation-view"
      data-conversation-id={detail.id}
      aria-label={detail.contact.displayName}
    >
      <ConversationHeader
        detail={detail}
        extraActions={parts.headerActions}
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
          {parts.aboveThread}
          <Thread detail={detail} messageFooter={parts.messageFooter} />
          {!sideOpen && switchCard && <div className="conversation__inline-switch">{switchCard}</div>}
          {parts.composer}
        </div>
        {sideOpen && (
          <div className="conversation__side">
            {switchCard}
            {parts.side}
            <ContactCard detail={detail} actions={parts.contactActions} />
          </div>
        )}
      </div>
      <CloseUrgentDialog
        open={actions.closeAsked}
        busy={actions.pending === 'status'}
        onCancel={actions.cancelClose}
        onConfirm={(reason, note) => void actions.closeWithReason(reason, note)}
      />
    </section>
  );
}
