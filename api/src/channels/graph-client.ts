import { OutboundError } from './outbound';
import { isObject, type JsonObject } from './parse-util';

/** Production base of the Graph API (Messenger, Page comments, Instagram, WhatsApp Cloud API). */
export const GRAPH_API_BASE_URL = 'https://graph.facebook.com/v21.0';

/** The `error` object of a Graph API error response. */
export interface GraphError {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  error_user_title?: string;
  error_user_msg?: string;
  is_transient?: boolean;
  error_data?: { details?: string };
  fbtrace_id?: string;
}

/** Turns a refused request into an OutboundError: plain words, and whether trying again can help. */
export type GraphErrorDescriber = (httpStatus: number, error: GraphError | undefined) => OutboundError;

/** Returns the access token for one of our accounts (Page, Instagram account, WhatsApp number). */
export type TokenFor = (accountId: string) => string | Promise<string>;

export interface GraphClientOptions {
  /** e.g. https://graph.facebook.com/v21.0; tests point it at a fake server. */
  baseUrl: string;
  tokenFor: TokenFor;
  /** Per request; a send that takes longer is abandoned and may be retried. Default 20 s. */
  timeoutMs?: number;
}

function readGraphError(body: unknown): GraphError | undefined {
  if (!isObject(body) || !isObject(body.error)) {
    return undefined;
  }
  const e = body.error;
  const error: GraphError = {};
  if (typeof e.message === 'string') error.message = e.message;
  if (typeof e.type === 'string') error.type = e.type;
  if (typeof e.code === 'number') error.code = e.code;
  if (typeof e.error_subcode === 'number') error.error_subcode = e.error_subcode;
  if (typeof e.error_user_title === 'string') error.error_user_title = e.error_user_title;
  if (typeof e.error_user_msg === 'string') error.error_user_msg = e.error_user_msg;
  if (typeof e.is_transient === 'boolean') error.is_transient = e.is_transient;
  if (typeof e.fbtrace_id === 'string') error.fbtrace_id = e.fbtrace_id;
  if (isObject(e.error_data) && typeof e.error_data.details === 'string') {
    error.error_data = { details: e.error_data.details };
  }
  return error;
}

/**
 * A small Graph API caller: POST with a JSON body and `Authorization: Bearer <token>` (the Graph API
 * accepts the token as a bearer header as well as an access_token parameter; the header keeps it out of
 * URLs and logs). Returns the parsed JSON answer or throws OutboundError.
 */
export class GraphClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(
    private readonly options: GraphClientOptions,
    private readonly describe: GraphErrorDescriber,
  ) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  async post(accountId: string, pathSegments: readonly string[], body: JsonObject): Promise<JsonObject> {
    const token = await this.token(accountId);
    const url = `${this.baseUrl}/${pathSegments.map((s) => encodeURIComponent(s)).join('/')}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      // Checked by name: the abort reason is a DOMException, not always an Error of this realm.
      const name = typeof err === 'object' && err !== null && 'name' in err ? err.name : undefined;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      throw new OutboundError(
        timedOut
          ? 'the provider did not answer in time; trying again'
          : 'could not reach the provider; trying again',
        true,
      );
    }
    const text = await response.text().catch(() => '');
    let parsed: unknown;
    try {
      parsed = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      throw this.describe(response.status, readGraphError(parsed));
    }
    if (!isObject(parsed)) {
      // The provider accepted the request, so the message may have gone out: do not send it blindly again.
      throw new OutboundError(
        'the provider accepted the message but its answer could not be read; check before sending again',
        false,
      );
    }
    return parsed;
  }

  private async token(accountId: string): Promise<string> {
    let token: string;
    try {
      token = await this.options.tokenFor(accountId);
    } catch {
      throw new OutboundError('no access token is available for this account; reconnect it', false);
    }
    if (typeof token !== 'string' || token.length === 0) {
      throw new OutboundError('no access token is available for this account; reconnect it', false);
    }
    return token;
  }
}

/** `code` or `code/subcode`, as OutboundError.providerCode. */
export function graphErrorCode(error: GraphError | undefined): string | number | undefined {
  if (error?.code === undefined) {
    return undefined;
  }
  return error.error_subcode !== undefined ? `${error.code}/${error.error_subcode}` : error.code;
}
