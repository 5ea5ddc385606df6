import type { LoginRequest, LoginResponse, UserSummary } from '@webcare/shared';
import { apiRequest } from '../api/client';

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
