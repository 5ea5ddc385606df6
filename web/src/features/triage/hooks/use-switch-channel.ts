import { useState } from 'react';
import type { SwitchKind } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { switchChannel } from '../../conversation/api';

export interface SwitchState {
  sending: boolean;
  sentKind: SwitchKind | null;
  error: string | null;
  send: (kind: SwitchKind) => Promise<void>;
}

export function useSwitchChannel(conversationId: string, onDone: () => void): SwitchState {
  const t = useT();
  const [sending, setSending] = useState(false);
  const [sentKind, setSentKind] = useState<SwitchKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(kind: SwitchKind) {
    setSending(true);
    setError(null);
    try {
      await switchChannel(conversationId, kind);
      setSentKind(kind);
      onDone();
    } catch (caught) {
      setError(t('switch.failed', { message: errorMessage(caught, t) }));
    } finally {
      setSending(false);
    }
  }

  return { sending, sentKind, error, send };
}
