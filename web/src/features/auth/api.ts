import type { Role } from '@webcare/shared';
import { apiRequest } from '../../api/client';

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

export interface SsoInfo {
  enabled: boolean;
  label: string;
}

/** Whether the server offers single sign-on with the organisation's OpenID Connect provider. */
export async function fetchSsoInfo(signal?: AbortSignal): Promise<SsoInfo | null> {
  try {
    const info = await apiRequest<Partial<SsoInfo> | null>('/api/auth/oidc', {
      signal,
      skipAuthHandling: true,
    });
    return info?.enabled === true
      ? { enabled: true, label: typeof info.label === 'string' ? info.label : '' }
      : null;
  } catch {
    return null;
  }
}

/** Where the browser goes to sign in with the organisation (the server redirects to the provider). */
export const SSO_LOGIN_URL = '/api/auth/oidc/login';
