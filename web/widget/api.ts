import type {
  WidgetHistory,
  WidgetImageUploaded,
  WidgetSendAccepted,
  WidgetSendRequest,
  WidgetSession,
} from '@webcare/shared';

/** An error answer of the inbox, in its shape (`code`, plain words), with Retry-After where given. */
export class WidgetApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfter: number | null,
  ) {
    super(message);
  }
}

/** The widget's calls to the inbox that serves it (another origin than the page: CORS). */
export class WidgetApi {
  token: string | null = null;

  constructor(
    private readonly base: string,
    private readonly key: string,
  ) {}

  private async call<T>(method: string, path: string, body?: BodyInit, type?: string): Promise<T> {
    const headers: Record<string, string> = {};
    if (type) headers['Content-Type'] = type;
    if (this.token) headers['X-Webcare-Visitor'] = this.token;
    let response: Response;
    try {
      response = await fetch(`${this.base}/api/widget/${encodeURIComponent(this.key)}${path}`, {
        method,
        headers,
        body,
        credentials: 'omit',
        mode: 'cors',
      });
    } catch {
      throw new WidgetApiError(0, 'NETWORK', 'offline', null);
    }
    const data: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (data ?? {}) as { code?: unknown; message?: unknown };
      const retry = Number(response.headers.get('retry-after'));
      throw new WidgetApiError(
        response.status,
        typeof error.code === 'string' ? error.code : 'ERROR',
        typeof error.message === 'string' ? error.message : `HTTP ${response.status}`,
        Number.isFinite(retry) && retry > 0 ? retry : null,
      );
    }
    return data as T;
  }

  async session(): Promise<WidgetSession> {
    const session = await this.call<WidgetSession>(
      'POST',
      '/sessions',
      JSON.stringify(this.token ? { visitorToken: this.token } : {}),
      'application/json',
    );
    this.token = session.visitorToken;
    return session;
  }

  history(): Promise<WidgetHistory> {
    return this.call('GET', '/messages');
  }

  send(request: WidgetSendRequest): Promise<WidgetSendAccepted> {
    return this.call('POST', '/messages', JSON.stringify(request), 'application/json');
  }

  uploadImage(file: Blob): Promise<WidgetImageUploaded> {
    return this.call('POST', '/images', file, file.type || 'application/octet-stream');
  }

  givePhone(phone: string): Promise<WidgetSendAccepted> {
    return this.call('POST', '/phone', JSON.stringify({ phone }), 'application/json');
  }
}
