/** The demo organisation's users, one a role, all with the demo password. */
export const DEMO_ROLES = ['agent', 'advisor', 'supervisor', 'admin'] as const;
export const DEMO_PASSWORD = 'webcare-demo';

/** Logs each demo role in over HTTP and returns its bearer token by role. */
export async function loginDemoUsers(url: string): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const role of DEMO_ROLES) {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: `${role}@example.org`, password: DEMO_PASSWORD }),
    });
    tokens[role] = ((await response.json()) as { accessToken: string }).accessToken;
  }
  return tokens;
}
