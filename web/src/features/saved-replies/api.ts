import type { SavedReply, SavedReplyPage, SavedReplyRequest, TeamSummary } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchSavedReplies(signal?: AbortSignal): Promise<SavedReplyPage> {
  return apiRequest<SavedReplyPage>('/api/saved-replies', { signal });
}

/** The teams a reply can be kept for. */
export function fetchTeams(signal?: AbortSignal): Promise<TeamSummary[]> {
  return apiRequest<TeamSummary[]>('/api/teams', { signal });
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
