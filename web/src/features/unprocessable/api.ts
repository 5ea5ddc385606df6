import type { UnprocessableEventList } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchUnprocessable(signal?: AbortSignal): Promise<UnprocessableEventList> {
  return apiRequest<UnprocessableEventList>('/api/ingest/unprocessable', { signal });
}

export function retryUnprocessable(id: string): Promise<{ queued: true }> {
  return apiRequest<{ queued: true }>(`/api/ingest/unprocessable/${encodeURIComponent(id)}/retry`, {
    method: 'POST',
  });
}
