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
