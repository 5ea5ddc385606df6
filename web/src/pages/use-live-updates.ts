import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { writeSummary } from '../api/conversation-summaries';
import { callBackKeys } from '../features/callbacks/hooks/use-call-backs';
import { applyMessageEvent, applySummaryEvent } from '../features/conversation/hooks/use-conversation';
import { escalationKeys, storeEscalation } from '../features/escalations/hooks/use-escalations';
import { useRealtime, useSocketEvent } from '../realtime/use-socket';

/**
 * Applies what the socket pushes to the query cache, once for the whole signed-in console: summaries to the
 * summary store (the queue follows it), messages to the open conversation, escalations to their lists.
 * When the live connection is first made the lists are fetched again (what arrived between their first fetch
 * and the connection would be missed); after a reconnect everything on screen is, since events were missed.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  const { connects } = useRealtime();

  useEffect(() => {
    if (connects === 1) {
      void queryClient.invalidateQueries({ queryKey: ['queue'] });
      void queryClient.invalidateQueries({ queryKey: escalationKeys.open });
    } else if (connects > 1) void queryClient.invalidateQueries();
  }, [queryClient, connects]);

  useSocketEvent('conversation.created', (row) => writeSummary(queryClient, row));
  useSocketEvent('conversation.updated', (row) => {
    applySummaryEvent(queryClient, row);
    writeSummary(queryClient, row);
    // The row carries the call-back due time; the tasks themselves come with their own request.
    void queryClient.invalidateQueries({ queryKey: callBackKeys.open(row.id) });
  });
  useSocketEvent('message.created', (payload) => applyMessageEvent(queryClient, payload));
  useSocketEvent('message.updated', (payload) => applyMessageEvent(queryClient, payload));
  useSocketEvent('escalation.created', (escalation) => storeEscalation(queryClient, escalation));
  useSocketEvent('escalation.updated', (escalation) => storeEscalation(queryClient, escalation));
}
