import { Fragment, type ReactNode } from 'react';
import type { ConversationDetail, MessageView } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { dayLabel } from '../../../lib/time';
import { useCurrentUser } from '../../../session/use-session';
import { useStickToBottom } from '../hooks/use-stick-to-bottom';
import { MessageItem } from './message-item';

export function Thread({
  detail,
  messageFooter,
}: {
  detail: ConversationDetail;
  messageFooter?: (message: MessageView) => ReactNode;
}) {
  const { t, locale } = useI18n();
  const me = useCurrentUser();
  const { ref, onScroll } = useStickToBottom<HTMLDivElement>(detail.id, detail.messages.length);
  let lastDay = '';

  return (
    <div
      ref={ref}
      className="thread"
      onScroll={onScroll}
      // A keyboard reaches the messages too: the thread scrolls with the arrow keys once focused.
      tabIndex={0}
      role="log"
      aria-label={t('thread.label')}
      aria-live="polite"
    >
      {detail.messages.length === 0 && <p className="thread__empty">{t('thread.empty')}</p>}
      {detail.messages.map((message) => {
        const day = new Date(message.createdAt).toDateString();
        const showDay = day !== lastDay;
        lastDay = day;
        return (
          <Fragment key={message.id}>
            {showDay && (
              <div className="thread__day" role="separator">
                <span>{dayLabel(message.createdAt, locale)}</span>
              </div>
            )}
            <MessageItem
              message={message}
              conversationId={detail.id}
              contactName={detail.contact.displayName}
              currentUserId={me.id}
              footer={messageFooter?.(message)}
            />
          </Fragment>
        );
      })}
    </div>
  );
}
