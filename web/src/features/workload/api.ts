import type {
  AgentPresence,
  ApprovalSettings,
  AssignmentSettings,
  MessageView,
  RuleSettings,
  WorkloadSettings,
} from '@webcare/shared';
import { apiRequest } from '../../api/client';

export const WORKLOAD_SETTINGS_KEY = ['workload-settings'] as const;
export const PRESENCE_KEY = ['presence'] as const;

export function fetchWorkloadSettings(signal?: AbortSignal): Promise<WorkloadSettings> {
  return apiRequest<WorkloadSettings>('/api/settings/workload', { signal });
}

export function saveAssignment(body: Partial<AssignmentSettings>): Promise<WorkloadSettings> {
  return apiRequest<WorkloadSettings>('/api/settings/assignment', { method: 'PUT', body });
}

export function saveRules(body: Partial<RuleSettings>): Promise<WorkloadSettings> {
  return apiRequest<WorkloadSettings>('/api/settings/rules', { method: 'PUT', body });
}

export function saveApproval(body: ApprovalSettings): Promise<WorkloadSettings> {
  return apiRequest<WorkloadSettings>('/api/settings/approval', { method: 'PUT', body });
}

export function fetchPresence(signal?: AbortSignal): Promise<AgentPresence[]> {
  return apiRequest<AgentPresence[]>('/api/presence', { signal });
}

export function setOwnPresence(state: 'online' | 'away'): Promise<AgentPresence> {
  return apiRequest<AgentPresence>('/api/presence', { method: 'PUT', body: { state } });
}

export function saveSkills(
  userId: string,
  body: { languages: string[]; channels: string[] },
): Promise<AgentPresence> {
  return apiRequest<AgentPresence>(`/api/presence/${userId}/skills`, { method: 'PUT', body });
}

export function approveReply(messageId: string): Promise<MessageView> {
  return apiRequest<MessageView>(`/api/messages/${messageId}/approve`, { method: 'POST', body: {} });
}

export function returnReply(messageId: string, remark: string): Promise<MessageView> {
  return apiRequest<MessageView>(`/api/messages/${messageId}/return`, { method: 'POST', body: { remark } });
}

export function withdrawReply(messageId: string): Promise<MessageView> {
  return apiRequest<MessageView>(`/api/messages/${messageId}/withdraw`, { method: 'POST', body: {} });
}
