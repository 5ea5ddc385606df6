import { useCallback, useState } from 'react';
import { recordReveal } from '../../conversation/api';

/** Shows a blurred medium and records that the agent looked (a missing endpoint is not an error). */
export function useReveal(conversationId: string, messageId: string) {
  const [revealed, setRevealed] = useState(false);
  const reveal = useCallback(() => {
    setRevealed(true);
    recordReveal(conversationId, messageId).catch(() => undefined);
  }, [conversationId, messageId]);
  return { revealed, reveal };
}
