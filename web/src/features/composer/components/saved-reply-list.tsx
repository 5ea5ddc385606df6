import type { SavedReply } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import type { SavedReplyPicker } from '../hooks/use-saved-reply-picker';

export const SAVED_REPLY_LIST_ID = 'saved-reply-list';

export function savedReplyOptionId(reply: SavedReply): string {
  return `saved-reply-${reply.id}`;
}

/** The list under the composer while the agent types `#word`: click or Enter puts the reply in the draft. */
export function SavedReplyList({ picker }: { picker: SavedReplyPicker }) {
  const t = useT();
  if (!picker.open) return null;
  return (
    <ul
      id={SAVED_REPLY_LIST_ID}
      className="saved-reply-list"
      role="listbox"
      aria-label={t('savedReplies.pick')}
      data-testid="saved-reply-list"
    >
      {picker.matches.map((reply, index) => (
        <li
          key={reply.id}
          id={savedReplyOptionId(reply)}
          role="option"
          aria-selected={index === picker.active}
          className={`saved-reply-list__item ${index === picker.active ? 'is-active' : ''}`}
          onMouseDown={(event) => {
            event.preventDefault();
            picker.pick(reply);
          }}
          data-testid="saved-reply-option"
        >
          <span className="saved-reply-list__title">
            {reply.title}
            <span className="saved-reply-list__lang">{reply.language.toUpperCase()}</span>
          </span>
          <span className="saved-reply-list__text">{reply.text}</span>
        </li>
      ))}
    </ul>
  );
}
