import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { IconEyeOff } from '../../../components/ui/icons';
import { useHideComment } from '../hooks/use-hide-comment';

export interface HideCommentActionProps {
  conversationId: string;
  messageId?: string;
}

/** For public comments with personal or medical details: take them out of public view. */
export function HideCommentAction({ conversationId, messageId }: HideCommentActionProps) {
  const t = useT();
  const { state, error, hide } = useHideComment(conversationId);
  if (state === 'hidden') {
    return (
      <span className="hide-action__done" role="status">
        <IconEyeOff size={14} /> {t('conversation.hidden')}
      </span>
    );
  }
  return (
    <span className="hide-action">
      <Button
        size="sm"
        variant="warning"
        icon={<IconEyeOff size={14} />}
        busy={state === 'busy'}
        disabled={state === 'unavailable'}
        onClick={() => void hide(messageId)}
        title={t('conversation.hideHint')}
        data-testid="hide-comment"
      >
        {t('conversation.hide')}
      </Button>
      {state === 'unavailable' && (
        <span className="hide-action__note">{t('conversation.hideUnavailable')}</span>
      )}
      {error && (
        <span className="hide-action__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
