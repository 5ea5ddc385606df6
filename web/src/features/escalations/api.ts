import type {
  EscalationMode,
  EscalationPage,
  EscalationRequest,
  EscalationStatus,
  EscalationView,
  TeamSummary,
} from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchEscalations(
  query: { status?: EscalationStatus[]; conversation?: string },
  signal?: AbortSignal,
): Promise<EscalationPage> {
  return apiRequest<EscalationPage>('/api/escalations', {
    query: { status: query.status?.join(','), conversation: query.conversation },
    signal,
  });
}

export function fetchTeams(signal?: AbortSignal): Promise<TeamSummary[]> {
  return apiRequest<TeamSummary[]>('/api/teams', { signal });
}

export function createEscalation(
  conversationId: string,
  request: { teamId: string; mode: EscalationMode; reason: string },
): Promise<EscalationView> {
  const body: EscalationRequest = request;
  return apiRequest<EscalationView>(`/api/conversations/${encodeURIComponent(conversationId)}/escalations`, {
    method: 'POST',
    body,
  });
}

export type EscalationAction = 'accept' | 'respond' | 'return' | 'close';

export function escalationAction(
  id: string,
  action: EscalationAction,
  text?: string,
): Promise<EscalationView> {
  return apiRequest<EscalationView>(`/api/escalations/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body: action === 'respond' ? { text } : {},
  });
}
