import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { isApiError } from '../../../api/client';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { hideComment } from '../api';

export type HideState = 'idle' | 'busy' | 'hidden' | 'unavailable';

export function useHideComment(conversationId: string) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (messageId?: string) => hideComment(conversationId, messageId),
    onMutate: () => setError(null),
    onError: (caught) => {
      // Older servers do not offer hiding yet: say so quietly instead of showing an error.
      if (!isApiError(caught, 404))
        setError(t('conversation.hideFailed', { message: errorMessage(caught, t) }));
    },
  });
  const state: HideState = mutation.isPending
    ? 'busy'
    : mutation.isSuccess
      ? 'hidden'
      : mutation.isError && isApiError(mutation.error, 404)
        ? 'unavailable'
        : 'idle';

  async function hide(messageId?: string) {
    await mutation.mutateAsync(messageId).catch(() => undefined);
  }

  return { state, error, hide };
}
