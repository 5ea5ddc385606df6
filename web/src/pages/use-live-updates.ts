import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { writeSummary } from '../api/conversation-summaries';
import { callBackKeys } from '../features/callbacks/hooks/use-call-backs';
import { applyMessageEvent, applySummaryEvent } from '../features/conversation/hooks/use-conversation';
import { storeEscalation } from '../features/escalations/hooks/use-escalations';
import { useRealtime, useSocketEvent } from '../realtime/use-socket';

/**
 * Applies what the socket pushes to the query cache, once for the whole signed-in console: summaries to the
 * summary store (the queue follows it), messages to the open conversation, escalations to their lists.
 * Each time the live connection is made (the first time too) everything on screen is fetched again: events
 * between a fetch and the connection, or while it was down, would otherwise be missed.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();
  const { connects } = useRealtime();

  useEffect(() => {
    if (connects > 0) void queryClient.invalidateQueries();
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
