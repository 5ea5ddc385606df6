import { skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { EscalationStatus, EscalationView } from '@webcare/shared';
import { useCurrentUser } from '../../../session/use-session';
import { fetchEscalations } from '../api';
import { compareEscalations } from '../lib/escalation-order';

export const escalationKeys = {
  /** Open and accepted escalations this user should pick up or watch (advisor: own teams; supervisor: all). */
  open: ['escalations', 'open'] as const,
  conversation: (conversationId: string) => ['escalations', 'conversation', conversationId] as const,
  /** The latest version of one escalation seen since sign-in. */
  one: (id: string) => ['escalation', id] as const,
};

function isActive(escalation: EscalationView): boolean {
  return escalation.status === 'open' || escalation.status === 'accepted';
}

function remember(queryClient: QueryClient, items: readonly EscalationView[]): void {
  for (const item of items) queryClient.setQueryData(escalationKeys.one(item.id), item);
}

/** A new or changed escalation (from the socket or an action of our own), put everywhere it shows. */
export function storeEscalation(queryClient: QueryClient, escalation: EscalationView): void {
  queryClient.setQueryData(escalationKeys.one(escalation.id), escalation);
  queryClient.setQueryData<EscalationView[]>(escalationKeys.open, (current) => {
    if (!current) return current;
    const rest = current.filter((item) => item.id !== escalation.id);
    if (isActive(escalation)) {
      const known = rest.length !== current.length;
      return known
        ? current.map((item) => (item.id === escalation.id ? escalation : item))
        : [...current, escalation];
    }
    return rest.length === current.length ? current : rest;
  });
  queryClient.setQueryData<EscalationView[]>(
    escalationKeys.conversation(escalation.conversationId),
    (current) => (current ? [escalation, ...current.filter((item) => item.id !== escalation.id)] : current),
  );
  // The agent's own list (open, accepted and answered) refreshes from the server, which knows who asked.
  void queryClient.invalidateQueries({ queryKey: [...escalationKeys.open, 'started'] });
}

/**
 * The open escalations, most urgent first. An agent sees the ones they started (the server limits it),
 * answered ones too: an advisor's answer waits for the agent.
 */
export function useOpenEscalations(): { open: EscalationView[]; loading: boolean } {
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const statuses: EscalationStatus[] =
    me.role === 'agent' ? ['open', 'accepted', 'answered'] : ['open', 'accepted'];
  const query = useQuery({
    queryKey: me.role === 'agent' ? [...escalationKeys.open, 'started'] : escalationKeys.open,
    queryFn: async ({ signal }) => {
      const page = await fetchEscalations({ status: statuses }, signal);
      remember(queryClient, page.items);
      return page.items;
    },
    select: (items) => [...items].sort(compareEscalations),
  });
  return { open: query.data ?? [], loading: query.isPending };
}

/** The nav counter: open escalations waiting for pickup. */
export function useOpenEscalationCount(): number {
  return useOpenEscalations().open.filter((e) => e.status === 'open').length;
}

/** One escalation as last seen (also once it is answered or closed and left the open list). */
export function useEscalation(id: string | null): EscalationView | null {
  const { data } = useQuery<EscalationView>({
    queryKey: escalationKeys.one(id ?? ''),
    queryFn: skipToken,
    staleTime: Infinity,
  });
  return id ? (data ?? null) : null;
}

/** Every escalation of one conversation, newest first, kept live. */
export function useConversationEscalations(conversationId: string): EscalationView[] {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: escalationKeys.conversation(conversationId),
    queryFn: async ({ signal }) => {
      const page = await fetchEscalations({ conversation: conversationId }, signal);
      remember(queryClient, page.items);
      return page.items;
    },
    select: (items) => [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
  });
  return data ?? [];
}
