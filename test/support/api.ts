import type { ConversationDetail, ConversationPage, LoginResponse } from '@webcare/shared';

export const DEMO_PASSWORD = 'webcare-demo';

export async function login(
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<LoginResponse> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  return (await response.json()) as LoginResponse;
}

/** A small authenticated client that returns status and parsed body, never throwing on 4xx. */
export function client(baseUrl: string, token: string) {
  const call = async <T = unknown>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  return {
    get: <T = unknown>(path: string) => call<T>('GET', path),
    post: <T = unknown>(path: string, body?: unknown) => call<T>('POST', path, body ?? {}),
    request: <T = unknown>(method: string, path: string, body?: unknown) => call<T>(method, path, body),
    conversations: (query = '') =>
      call<ConversationPage>('GET', `/api/conversations${query}`).then((r) => r.body),
    conversation: (id: string) =>
      call<ConversationDetail>('GET', `/api/conversations/${id}`).then((r) => r.body),
  };
}

/** Polls until `check` returns a value (not undefined/false), or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false | null>,
  ms = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false && value !== null) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
