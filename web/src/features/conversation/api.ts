import type {
  AssignRequest,
  CloseReason,
  ConversationDetail,
  ConversationStatus,
  ConversationSummary,
  UserSummary,
} from '@webcare/shared';
import { apiRequest } from '../../api/client';

const base = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

export function fetchConversation(id: string, signal?: AbortSignal): Promise<ConversationDetail> {
  return apiRequest<ConversationDetail>(base(id), { signal });
}

/** 200; the body is the updated summary when the API sends one. */
export function setConversationStatus(
  id: string,
  status: ConversationStatus,
  close: { reason?: CloseReason; note?: string } = {},
): Promise<ConversationSummary | null> {
  return apiRequest<ConversationSummary | null>(`${base(id)}/status`, {
    method: 'POST',
    body: { status, ...close },
  });
}

/** No userId: assign to me. 409 when a colleague holds it. */
export function assignConversation(id: string, request: AssignRequest): Promise<ConversationSummary | null> {
  return apiRequest<ConversationSummary | null>(`${base(id)}/assign`, { method: 'POST', body: request });
}

/** Release the conversation back to the queue. */
export function unassignConversation(id: string): Promise<ConversationSummary | null> {
  return apiRequest<ConversationSummary | null>(`${base(id)}/unassign`, { method: 'POST', body: {} });
}

/** Records that the agent chose to look at a blurred image or video. */
export function recordReveal(id: string, messageId: string): Promise<unknown> {
  return apiRequest<unknown>(`${base(id)}/messages/${encodeURIComponent(messageId)}/reveal`, {
    method: 'POST',
    body: {},
  });
}

export function fetchUsers(signal?: AbortSignal): Promise<UserSummary[]> {
  return apiRequest<UserSummary[]>('/api/users', { signal });
}
