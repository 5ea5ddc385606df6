import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { SwitchKind } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { switchChannel } from '../api';

export interface SwitchState {
  sending: boolean;
  sentKind: SwitchKind | null;
  error: string | null;
  send: (kind: SwitchKind) => Promise<void>;
}

export function useSwitchChannel(conversationId: string, onDone: () => void): SwitchState {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (kind: SwitchKind) => switchChannel(conversationId, kind),
    onMutate: () => setError(null),
    onSuccess: () => onDone(),
    onError: (caught) => setError(t('switch.failed', { message: errorMessage(caught, t) })),
  });

  return {
    sending: mutation.isPending,
    sentKind: mutation.isSuccess ? mutation.variables : null,
    error,
    send: async (kind) => {
      await mutation.mutateAsync(kind).catch(() => undefined);
    },
  };
}
