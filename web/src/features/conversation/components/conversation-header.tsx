import type { ReactNode } from 'react';
import type { ConversationDetail } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { ChannelIcon } from '../../../components/channel-icon';
import { PriorityMarker } from '../../../components/priority-marker';
import { PublicBadge } from '../../../components/public-badge';
import { IconButton } from '../../../components/ui/button';
import { IconLock, IconPanelRight } from '../../../components/ui/icons';
import type { ConversationActions } from '../hooks/use-conversation-actions';
import { usePresence } from '../../../realtime/use-presence';
import { useContactTyping } from '../../../realtime/use-contact-typing';
import { AssignControl } from './assign-control';
import { StatusSelect } from './status-select';

export interface ConversationHeaderProps {
  detail: ConversationDetail;
  /** Put before assign and status by the page (escalate). */
  extraActions?: ReactNode;
  actions: ConversationActions;
  contactOpen: boolean;
  onToggleContact: () => void;
}

export function ConversationHeader({
  detail,
  extraActions,
  actions,
  contactOpen,
  onToggleContact,
}: ConversationHeaderProps) {
  const t = useT();
  const viewers = usePresence(detail.id);
  const typing = viewers.find((viewer) => viewer.typing);
  const contactTyping = useContactTyping(detail.id);

  return (
    <header className="conv-header">
      <div className="conv-header__who">
        <a
          className="conv-header__back"
          href={window.location.hash.startsWith('#/escalations') ? '#/escalations' : '#/inbox'}
          aria-label={t('conversation.back')}
          data-testid="conversation-back"
        >
          <span aria-hidden="true">‹</span>
        </a>
        <ChannelIcon channel={detail.channel} label={t(`channel.${detail.channel}`)} size={28} />
        <div className="conv-header__titles">
          <h2 className="conv-header__name">{detail.contact.displayName}</h2>
          <div className="conv-header__sub">
            <span>{t(`channel.${detail.channel}`)}</span>
            {detail.visibility === 'public' ? (
              <PublicBadge long />
            ) : (
              <span className="private-badge">
                <IconLock size={11} /> {t('composer.private')}
              </span>
            )}
            <PriorityMarker priority={detail.priority} />
            {contactTyping && (
              <span className="presence" aria-live="polite" data-testid="contact-typing">
                {t('conversation.typing', { name: detail.contact.displayName })}
              </span>
            )}
            {viewers.length > 0 && (
              <span className="presence" aria-live="polite">
                {typing
                  ? t('conversation.typing', { name: typing.name })
                  : t('conversation.viewers', { names: viewers.map((viewer) => viewer.name).join(', ') })}
              </span>
            )}
          </div>
        </div>
      </div>
      <div className="conv-header__actions">
        {extraActions}
        <AssignControl
          assignee={detail.assignee}
          busy={actions.pending === 'assign'}
          onAssign={(to) => void actions.assign(to)}
        />
        <StatusSelect
          value={detail.status}
          busy={actions.pending === 'status'}
          onChange={(status) => void actions.setStatus(status)}
        />
      </div>
      {/* Beside the actions; at phone width it moves up beside the name, so the actions take one row. */}
      <IconButton
        className="conv-header__contact"
        label={contactOpen ? t('conversation.hideContact') : t('conversation.showContact')}
        icon={<IconPanelRight />}
        active={contactOpen}
        aria-pressed={contactOpen}
        onClick={onToggleContact}
      />
    </header>
  );
}
