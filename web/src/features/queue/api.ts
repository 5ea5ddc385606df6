import type { ConversationPage } from '@webcare/shared';
import { apiRequest } from '../../api/client';
import type { ListQuery } from './lib/queue-filters';

export function fetchConversationPage(query: ListQuery, signal?: AbortSignal): Promise<ConversationPage> {
  return apiRequest<ConversationPage>('/api/conversations', {
    query,
    signal,
  });
}
