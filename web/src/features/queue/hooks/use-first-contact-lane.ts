import { useEffect, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConversationSummary } from '@webcare/shared';
import { onSummaryWritten, useSummaries, writeSummary } from '../../../api/conversation-summaries';
import { fetchConversationPage } from '../api';
import { orderLane } from '../lib/first-contact-lane';

export const laneKey = ['queue', 'first-contact'] as const;

/**
 * The pinned lane "Eerst contact nodig": crisis and safeguarding work nobody has answered or reached yet,
 * newest danger first. Loaded once (and again after a reconnect, with every query), then kept by every
 * summary written anywhere: a row joins when it needs first contact and leaves when it no longer does.
 */
export function useFirstContactLane(): ConversationSummary[] {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: laneKey,
    queryFn: async ({ signal }) => {
      const page = await fetchConversationPage({ firstContact: 'needed', limit: 100 }, signal);
      for (const row of page.items) writeSummary(queryClient, row);
      return page.items.map((row) => ({ id: row.id, dangerSince: row.dangerSince ?? null }));
    },
  });

  useEffect(
    () =>
      onSummaryWritten(queryClient, (row) => {
        queryClient.setQueryData<{ id: string; dangerSince: string | null }[]>(laneKey, (current) => {
          if (!current) return current;
          const without = current.filter((entry) => entry.id !== row.id);
          if (!row.needsFirstContact) return without.length === current.length ? current : without;
          return orderLane([...without, { id: row.id, dangerSince: row.dangerSince ?? null }]);
        });
      }),
    [queryClient],
  );

  const ids = useMemo(() => (query.data ?? []).map((entry) => entry.id), [query.data]);
  return useSummaries(ids).filter((row) => row.needsFirstContact);
}
