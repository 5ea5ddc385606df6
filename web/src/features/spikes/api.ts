import type { BulkReplyResult, SpikeList, SpikeView } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchSpikes(signal?: AbortSignal): Promise<SpikeList> {
  return apiRequest<SpikeList>('/api/spikes', { signal });
}

export function fetchSpike(id: string, signal?: AbortSignal): Promise<SpikeView> {
  return apiRequest<SpikeView>(`/api/spikes/${encodeURIComponent(id)}`, { signal });
}

/** `count`: the conversations the person saw and confirmed; a spike grown past it answers 409 SPIKE_GREW. */
export function sendBulkReply(id: string, text: string, count: number): Promise<BulkReplyResult> {
  return apiRequest<BulkReplyResult>(`/api/spikes/${encodeURIComponent(id)}/bulk-reply`, {
    method: 'POST',
    body: { text, count },
  });
}
