import type { AdminUser, Role, TwoFactorEnabled, LoginResponse } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function fetchAllUsers(signal?: AbortSignal): Promise<AdminUser[]> {
  return apiRequest<AdminUser[]>('/api/users/all', { signal });
}

export function createUser(input: {
  email: string;
  name: string;
  role: Role;
  password: string;
}): Promise<AdminUser> {
  return apiRequest<AdminUser>('/api/users', { method: 'POST', body: input });
}

export function updateUser(id: string, change: { role?: Role; active?: boolean }): Promise<AdminUser> {
  return apiRequest<AdminUser>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}

export function resetTwoFactor(id: string): Promise<AdminUser> {
  return apiRequest<AdminUser>(`/api/users/${encodeURIComponent(id)}/2fa/reset`, { method: 'POST' });
}

export function startTwoFactorSetup(): Promise<{ secret: string; otpauthUrl: string }> {
  return apiRequest('/api/auth/2fa/setup', { method: 'POST' });
}

export function enableTwoFactor(code: string): Promise<TwoFactorEnabled & LoginResponse> {
  return apiRequest('/api/auth/2fa/enable', { method: 'POST', body: { code } });
}
