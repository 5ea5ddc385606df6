import type { LoginChallenge, LoginRequest, LoginResponse, UserSummary } from '@webcare/shared';
import { apiRequest } from '../api/client';

export function login(request: LoginRequest): Promise<LoginResponse | LoginChallenge> {
  return apiRequest<LoginResponse | LoginChallenge>('/api/auth/login', {
    method: 'POST',
    body: request,
    skipAuthHandling: true,
  });
}

export function verifySecondFactor(challengeToken: string, code: string): Promise<LoginResponse> {
  return apiRequest<LoginResponse>('/api/auth/2fa/verify', {
    method: 'POST',
    body: { challengeToken, code },
    skipAuthHandling: true,
  });
}

/** After the provider sent the browser back: trades the one-time code (an httpOnly cookie) for a session. */
export function finishSso(): Promise<LoginResponse | LoginChallenge> {
  return apiRequest<LoginResponse | LoginChallenge>('/api/auth/oidc/session', {
    method: 'POST',
    skipAuthHandling: true,
  });
}

export type Me = UserSummary & { twoFactor?: boolean; secondFactorSetupNeeded?: boolean };

export function fetchMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest<Me>('/api/me', { signal });
}
