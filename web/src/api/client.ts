import type { ApiErrorBody } from '@webcare/shared';

const TOKEN_KEY = 'webcare.token';

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

/** An HTTP error from the API, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly body: Partial<ApiErrorBody> | null;

  constructor(status: number, message: string, body: Partial<ApiErrorBody> | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? null;
    this.body = body;
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type UnauthorizedListener = () => void;
let onUnauthorized: UnauthorizedListener | null = null;

/** Called when an authenticated request comes back 401: the session has ended. */
export function setUnauthorizedHandler(listener: UnauthorizedListener | null): void {
  onUnauthorized = listener;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
  /** Login itself answers 401 for wrong credentials; that must not end a session. */
  skipAuthHandling?: boolean;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function consoleLocale(): string {
  try {
    return localStorage.getItem('webcare.locale') === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

/** The one fetch wrapper of the console: JSON in and out, bearer token, typed errors. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  // The console's language, so errors the API words for people (settings) come in it.
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': consoleLocale(),
  };
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError(0, 'Network error');
  }

  const data = await readBody(response);
  if (!response.ok) {
    const body = data && typeof data === 'object' ? (data as Partial<ApiErrorBody>) : null;
    if (response.status === 401 && !options.skipAuthHandling && token) onUnauthorized?.();
    throw new ApiError(response.status, body?.message ?? response.statusText, body);
  }
  return data as T;
}

/** Downloads a file the API makes (CSV, PDF, JSON export) with the session's token, under `filename`. */
export async function apiDownload(
  path: string,
  filename: string,
  query?: RequestOptions['query'],
): Promise<void> {
  const headers: Record<string, string> = {};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(withQuery(path, query), { headers });
  if (!response.ok) {
    const data = await readBody(response);
    const body = data && typeof data === 'object' ? (data as Partial<ApiErrorBody>) : null;
    if (response.status === 401 && token) onUnauthorized?.();
    throw new ApiError(response.status, body?.message ?? response.statusText, body);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
