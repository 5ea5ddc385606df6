import type { LoginRequest, LoginResponse, Role, UserSummary } from '@webcare/shared';
import { apiRequest } from '../../api/client';

export function login(request: LoginRequest): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/api/auth/login', {
    method: 'POST',
    body: request,
    skipAuthHandling: true,
  });
}

export function fetchMe(signal?: AbortSignal): Promise<UserSummary> {
  return apiRequest<UserSummary>('/api/me', { signal });
}

export interface DemoInfo {
  demo: boolean;
  users: { email: string; role: Role }[];
}

/** Demo mode tells the login page which accounts exist; outside demo mode the route is absent (404). */
export async function fetchDemoInfo(signal?: AbortSignal): Promise<DemoInfo | null> {
  try {
    const info = await apiRequest<Partial<DemoInfo> | null>('/api/demo', { signal, skipAuthHandling: true });
    if (!info || info.demo !== true || !Array.isArray(info.users)) return null;
    return { demo: true, users: info.users };
  } catch {
    return null;
  }
}
