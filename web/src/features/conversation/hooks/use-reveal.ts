import { useCallback, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { recordReveal } from '../api';

/** Shows a blurred medium and records that the agent looked (a missing endpoint is not an error). */
export function useReveal(conversationId: string, messageId: string) {
  const [revealed, setRevealed] = useState(false);
  const { mutate: record } = useMutation({ mutationFn: () => recordReveal(conversationId, messageId) });
  const reveal = useCallback(() => {
    setRevealed(true);
    record();
  }, [record]);
  return { revealed, reveal };
}
