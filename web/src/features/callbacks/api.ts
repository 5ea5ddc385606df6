import type { CallBackOutcome, CallBackPage, CallBackRequest, CallBackView } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchOpenCallBacks(conversationId: string, signal?: AbortSignal): Promise<CallBackPage> {
  return apiRequest<CallBackPage>('/api/call-backs', {
    query: { status: 'open', conversation: conversationId },
    signal,
  });
}

export function createCallBack(conversationId: string, request: CallBackRequest): Promise<CallBackView> {
  return apiRequest<CallBackView>(`/api/conversations/${encodeURIComponent(conversationId)}/call-backs`, {
    method: 'POST',
    body: request,
  });
}

export function recordCallBackOutcome(id: string, outcome: CallBackOutcome): Promise<CallBackView> {
  return apiRequest<CallBackView>(`/api/call-backs/${encodeURIComponent(id)}/outcome`, {
    method: 'POST',
    body: { outcome },
  });
}
