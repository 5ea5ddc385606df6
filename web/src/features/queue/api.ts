import type { ConversationListQuery, ConversationPage } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchConversationPage(
  query: ConversationListQuery,
  signal?: AbortSignal,
): Promise<ConversationPage> {
  return apiRequest<ConversationPage>('/api/conversations', {
    query: { ...query },
    signal,
  });
}
