import { memo, type ReactNode } from 'react';
import type { MessageView } from '@webcare/shared';
import { useI18n } from '../../../i18n/i18n';
import { systemNoteText } from '../../../lib/system-notes';
import { clockTime, fullDateTime } from '../../../lib/time';
import { IconGlobePublic, IconLock, IconNote } from '../../../components/ui/icons';
import { EvidenceText } from '../../../components/evidence-text';
import { FlagChip } from '../../../components/flag-chip';
import { MediaAttachment } from './media-attachment';
import { uniqueByCode } from '../../../lib/flag-order';
import { isLocalMessage } from '../lib/messages';
import { DeliveryStatus } from './delivery-status';

export interface MessageItemProps {
  message: MessageView;
  conversationId: string;
  contactName: string;
  currentUserId: string;
  /** Composed by the page: what other features show under this message (its approval). */
  footer?: ReactNode;
}

export const MessageItem = memo(function MessageItem({
  message,
  conversationId,
  contactName,
  currentUserId,
  footer,
}: MessageItemProps) {
  const { t, locale } = useI18n();
  const { direction } = message;
  const explicit = message.flags.some((flag) => flag.code === 'explicit_media');
  const author =
    direction === 'in'
      ? (message.author?.name ?? contactName)
      : message.author?.id === currentUserId
        ? t('thread.you')
        : (message.author?.name ?? t('thread.system'));
  const text = (message.systemNote && systemNoteText(message.systemNote, locale)) || message.text;
  const chips = uniqueByCode(message.flags);
  const reasons = new Map(message.flags.map((flag) => [flag.code, flag.reason[locale]]));

  return (
    <article
      className={`msg msg--${direction} ${message.deliveryStatus === 'failed' ? 'msg--failed' : ''} ${isLocalMessage(message) ? 'msg--pending' : ''}`}
      data-testid="thread-message"
      data-direction={direction}
      data-message-id={message.id}
    >
      <header className="msg__meta">
        {direction === 'note' && (
          <span className="msg__note-label">
            <IconNote size={12} /> {t('thread.note')}
          </span>
        )}
        <span className="msg__author">{author}</span>
        <time
          className="msg__time"
          dateTime={message.createdAt}
          title={fullDateTime(message.createdAt, locale)}
        >
          {clockTime(message.createdAt, locale)}
        </time>
        {direction === 'out' && (
          <span className={`msg__visibility msg__visibility--${message.visibility}`}>
            {message.visibility === 'public' ? <IconGlobePublic size={11} /> : <IconLock size={11} />}
            {message.visibility === 'public' ? t('thread.publicReply') : t('thread.privateReply')}
          </span>
        )}
      </header>
      <div className="msg__bubble">
        {text && (
          <p className="msg__text">
            <EvidenceText text={text} flags={message.flags} />
          </p>
        )}
        {message.attachments.length > 0 && (
          <div className="msg__attachments">
            {message.attachments.map((attachment, index) => (
              <MediaAttachment
                key={`${attachment.url}-${index}`}
                conversationId={conversationId}
                messageId={message.id}
                attachment={attachment}
                direction={direction}
                explicit={explicit}
              />
            ))}
          </div>
        )}
      </div>
      {(chips.length > 0 || message.topics.length > 0 || direction === 'out') && (
        <footer className="msg__footer">
          {chips.map((flag) => (
            <FlagChip
              key={flag.code}
              code={flag.code}
              severity={flag.severity}
              reason={reasons.get(flag.code)}
              possible={flag.possible}
              confidence={flag.possible ? flag.confidence : undefined}
            />
          ))}
          {message.topics.length > 0 && (
            // After the flags and quieter than them: what the message is about, not what needs care.
            <ul className="msg__topics" aria-label={t('thread.topics')}>
              {message.topics.map((topic) => (
                <li
                  key={topic.code}
                  className="topic-tag"
                  data-testid="message-topic"
                  data-topic={topic.code}
                >
                  {topic.labels[locale]}
                </li>
              ))}
            </ul>
          )}
          {direction === 'out' && (!message.approval || message.approval.state === 'approved') && (
            <DeliveryStatus status={message.deliveryStatus} error={message.deliveryError} />
          )}
        </footer>
      )}
      {footer}
    </article>
  );
});
