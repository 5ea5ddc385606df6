import type { PushKeyResponse, PushSubscriptionRequest } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchPushKey(): Promise<PushKeyResponse> {
  return apiRequest<PushKeyResponse>('/api/push/key');
}

export function savePushSubscription(subscription: PushSubscriptionRequest): Promise<unknown> {
  return apiRequest<unknown>('/api/push/subscriptions', { method: 'POST', body: subscription });
}
