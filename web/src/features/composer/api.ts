import type {
  MessageTemplateView,
  MessageView,
  SavedReplyPage,
  SavedReplyVariables,
  TemplateSend,
  Visibility,
} from '@webcare/shared';
import { apiRequest } from '../../api/client';

const base = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

export function postReply(id: string, text: string, visibility?: Visibility): Promise<MessageView> {
  return apiRequest<MessageView>(`${base(id)}/replies`, { method: 'POST', body: { text, visibility } });
}

export function postNote(id: string, text: string): Promise<MessageView | null> {
  return apiRequest<MessageView | null>(`${base(id)}/notes`, { method: 'POST', body: { text } });
}

export function getTemplates(id: string): Promise<{ items: MessageTemplateView[] }> {
  return apiRequest<{ items: MessageTemplateView[] }>(`${base(id)}/templates`);
}

export function postTemplate(id: string, template: TemplateSend): Promise<MessageView> {
  return apiRequest<MessageView>(`${base(id)}/templates`, { method: 'POST', body: template });
}

/** The saved replies this user may use (the organisation's and their teams'), for `#` in the composer. */
export function fetchSavedReplies(signal?: AbortSignal): Promise<SavedReplyPage> {
  return apiRequest<SavedReplyPage>('/api/saved-replies', { signal });
}

export function fetchSavedReplyVariables(signal?: AbortSignal): Promise<SavedReplyVariables> {
  return apiRequest<SavedReplyVariables>('/api/saved-replies/variables', { signal });
}
