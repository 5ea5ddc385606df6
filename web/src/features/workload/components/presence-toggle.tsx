import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { AgentPresence } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';
import { errorMessage } from '../../../lib/errors';
import { useCurrentUser } from '../../../session/use-session';
import { PRESENCE_KEY, setOwnPresence } from '../api';
import { usePresenceList } from '../hooks/use-presence-list';
import '../workload.css';

/** The current user's presence in the rail: online or away; a click switches. */
export function PresenceToggle() {
  const t = useT();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const { data } = usePresenceList();
  const [error, setError] = useState<string | null>(null);
  const me = data?.find((person) => person.userId === user.id);
  if (!me) return null;
  const state = me.state === 'offline' ? 'online' : me.state;
  const label = t('workload.presence.label', { state: t(`workload.presence.${state}`) });

  const toggle = async () => {
    setError(null);
    try {
      const saved = await setOwnPresence(state === 'away' ? 'online' : 'away');
      queryClient.setQueryData<AgentPresence[]>(PRESENCE_KEY, (people) =>
        people?.map((person) => (person.userId === saved.userId ? saved : person)),
      );
    } catch (caught) {
      setError(t('workload.presence.failed', { message: errorMessage(caught, t) }));
    }
  };

  return (
    <button
      type="button"
      className={`presence-toggle presence-toggle--${state}`}
      aria-label={label}
      title={error ?? label}
      data-testid="presence-toggle"
      data-state={state}
      onClick={() => void toggle()}
    >
      <span className="presence-dot" aria-hidden="true" />
    </button>
  );
}
