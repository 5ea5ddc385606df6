import type { ConversationDetail } from '@webcare/shared';
import { FlagList } from './flag-list';
import { HideCommentAction } from './hide-comment-action';
import '../triage.css';

const HIDE_FLAGS = new Set(['pii_public', 'medical_public']);

/** The conversation's signals, and for public comments with private details the action to hide them. */
export function TriageBar({ detail }: { detail: ConversationDetail }) {
  const messageFlags = detail.messages.flatMap((message) => message.flags);
  const hideTarget =
    detail.visibility === 'public'
      ? [...detail.messages]
          .reverse()
          .find(
            (message) =>
              message.direction === 'in' && message.flags.some((flag) => HIDE_FLAGS.has(flag.code)),
          )
      : undefined;
  const canHide =
    detail.visibility === 'public' &&
    (!!hideTarget || detail.flags.some((flag) => HIDE_FLAGS.has(flag.code)));
  if (detail.flags.length === 0 && messageFlags.length === 0 && !canHide) return null;
  return (
    <div className="triage-bar" data-testid="triage-bar">
      <FlagList flags={detail.flags} messageFlags={messageFlags} />
      {canHide && <HideCommentAction key={detail.id} conversationId={detail.id} messageId={hideTarget?.id} />}
    </div>
  );
}
