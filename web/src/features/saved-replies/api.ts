import type { SavedReply, SavedReplyPage, SavedReplyRequest, SavedReplyVariables } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchSavedReplies(signal?: AbortSignal): Promise<SavedReplyPage> {
  return apiRequest<SavedReplyPage>('/api/saved-replies', { signal });
}

export function fetchSavedReplyVariables(signal?: AbortSignal): Promise<SavedReplyVariables> {
  return apiRequest<SavedReplyVariables>('/api/saved-replies/variables', { signal });
}

export function createSavedReply(body: SavedReplyRequest): Promise<SavedReply> {
  return apiRequest<SavedReply>('/api/saved-replies', { method: 'POST', body });
}

export function updateSavedReply(id: string, body: SavedReplyRequest): Promise<SavedReply> {
  return apiRequest<SavedReply>(`/api/saved-replies/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function deleteSavedReply(id: string): Promise<void> {
  return apiRequest<void>(`/api/saved-replies/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
