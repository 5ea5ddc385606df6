import type { SwitchKind } from '@webcare/shared';
import { apiRequest } from '../../api/client';

const base = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;

export function switchChannel(id: string, kind: SwitchKind): Promise<unknown> {
  return apiRequest<unknown>(`${base(id)}/switch`, { method: 'POST', body: { kind } });
}

/** Hides a public comment on the provider's side; `messageId` names the comment when there are several. */
export function hideComment(id: string, messageId?: string): Promise<unknown> {
  return apiRequest<unknown>(`${base(id)}/hide`, { method: 'POST', body: messageId ? { messageId } : {} });
}
