import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { inboxPath, navigate } from '../../lib/router';
import { IconClose } from './icons';

interface LiveToastProps {
  icon: ReactNode;
  title: ReactNode;
  body: ReactNode;
  /** Clicking the text opens this conversation (and dismisses the notice). */
  conversationId: string;
  onDismiss: () => void;
  className: string;
  testId: string;
}

/** One live notice: clickable text that opens the conversation, and a close button. */
export function LiveToast({
  icon,
  title,
  body,
  conversationId,
  onDismiss,
  className,
  testId,
}: LiveToastProps) {
  const t = useT();
  return (
    <div className={className} data-testid={testId}>
      {icon}
      <button
        type="button"
        className="live-toast__body"
        onClick={() => {
          onDismiss();
          navigate(inboxPath(conversationId));
        }}
      >
        <strong>{title}</strong>
        <span>{body}</span>
      </button>
      <button type="button" className="live-toast__close" aria-label={t('dialog.close')} onClick={onDismiss}>
        <IconClose size={14} />
      </button>
    </div>
  );
}
