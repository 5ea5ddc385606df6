import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { hideComment } from '../../conversation/api';

export type HideState = 'idle' | 'busy' | 'hidden' | 'unavailable';

export function useHideComment(conversationId: string) {
  const t = useT();
  const [state, setState] = useState<HideState>('idle');
  const [error, setError] = useState<string | null>(null);

  async function hide(messageId?: string) {
    setState('busy');
    setError(null);
    try {
      await hideComment(conversationId, messageId);
      setState('hidden');
    } catch (caught) {
      // Older servers do not offer hiding yet: say so quietly instead of showing an error.
      if (isApiError(caught, 404)) {
        setState('unavailable');
        return;
      }
      setError(t('conversation.hideFailed', { message: errorMessage(caught, t) }));
      setState('idle');
    }
  }

  return { state, error, hide };
}
