import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake provider received. */
export interface RecordedRequest {
  method: string;
  /** Path after the API version, e.g. `/104523889012345/messages`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or form fields for a form-encoded body, or the raw text otherwise. */
  body: unknown;
  rawBody: string;
  /** The access token, from `Authorization: Bearer` or an `access_token` parameter. */
  accessToken?: string;
}

export interface FakeProvider {
  /** Use as the adapters' base URL (like https://graph.facebook.com/v21.0). */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Answer the next `times` requests (default 1) with this status and body instead of success. */
  failNext(status: number, body: object, times?: number): void;
  close(): Promise<void>;
}

const VERSION = '/v21.0';

/**
 * Templates of the fake WhatsApp Business Account, as `GET /{waba_id}/message_templates` lists them:
 * two approved (one with variables), one rejected.
 */
export const FAKE_TEMPLATES = [
  {
    name: 'afspraak_herinnering',
    language: 'nl',
    status: 'APPROVED',
    category: 'UTILITY',
    id: '1045000000000001',
    components: [
      { type: 'HEADER', format: 'TEXT', text: 'Uw afspraak' },
      {
        type: 'BODY',
        text: 'Beste {{1}}, we hebben uw bericht gezien. Wilt u ons bellen over {{2}}?',
        example: { body_text: [['Sanne', 'uw afspraak']] },
      },
      { type: 'FOOTER', text: 'Zorggroep Noord' },
    ],
  },
  {
    name: 'terugbel_verzoek',
    language: 'en',
    status: 'APPROVED',
    category: 'UTILITY',
    id: '1045000000000002',
    components: [{ type: 'BODY', text: 'We saw your message. Reply to this message to continue.' }],
  },
  {
    name: 'aanbieding',
    language: 'nl',
    status: 'REJECTED',
    category: 'MARKETING',
    id: '1045000000000003',
    components: [{ type: 'BODY', text: 'Korting!' }],
  },
];

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Graph API error body, as the Graph API sends it. */
export function graphError(
  message: string,
  code: number,
  extra: { type?: string; error_subcode?: number; error_data?: object } = {},
): { error: JsonRecord } {
  return {
    error: {
      message,
      type: extra.type ?? 'OAuthException',
      code,
      ...(extra.error_subcode !== undefined ? { error_subcode: extra.error_subcode } : {}),
      ...(extra.error_data !== undefined ? { error_data: extra.error_data } : {}),
      fbtrace_id: 'AbCdEfGhIjKlMnOpQrStUv',
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (raw.length === 0) {
    return undefined;
  }
  if (contentType?.includes('application/json')) {
    return JSON.parse(raw) as unknown;
  }
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(raw));
  }
  return raw;
}

function send(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=UTF-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * A fake Graph API on 127.0.0.1 (random port) answering as the Graph API documents:
 * - `POST /{id}/messages`: Send API `{recipient_id, message_id}`, or for `messaging_product: whatsapp`
 *   the Cloud API `{messaging_product, contacts:[{input, wa_id}], messages:[{id}]}`;
 * - `POST /{id}/comments` and `/{id}/replies`: `{id}` of the new comment;
 * - `POST /{id}` with `is_hidden` or `hide`: `{success: true}`;
 * - Graph error bodies for a missing token, a missing field, unknown paths, and whatever `failNext` says.
 */
export async function startFakeProvider(
  options: {
    /** User profiles by PSID / IGSID (`GET /{id}?fields=…`); other ids are refused as the Graph API does. */
    profiles?: Record<string, Record<string, string>>;
    /** WhatsApp media by media id: `GET /{media-id}` gives a download URL on this server (bearer needed). */
    media?: Record<string, { bytes: Buffer; mimeType: string }>;
  } = {},
): Promise<FakeProvider> {
  const requests: RecordedRequest[] = [];
  const failures: { status: number; body: object; remaining: number }[] = [];
  let counter = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const rawBody = await readBody(req);
    let body: unknown;
    try {
      body = parseBody(rawBody, req.headers['content-type']);
    } catch {
      send(res, 400, graphError('Invalid JSON in the request body', 100, { type: 'GraphMethodException' }));
      return;
    }
    const query = Object.fromEntries(url.searchParams);
    const path = url.pathname.startsWith(VERSION) ? url.pathname.slice(VERSION.length) : url.pathname;
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const bodyToken = isRecord(body) && typeof body.access_token === 'string' ? body.access_token : undefined;
    const accessToken = bearer ?? query.access_token ?? bodyToken;
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query,
      headers: req.headers,
      body,
      rawBody,
    };
    if (accessToken) {
      recorded.accessToken = accessToken;
    }
    requests.push(recorded);

    const failure = failures[0];
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) {
        failures.shift();
      }
      send(res, failure.status, failure.body);
      return;
    }
    if (!accessToken) {
      send(
        res,
        400,
        graphError('An active access token must be used to query information about the current user.', 2500),
      );
      return;
    }
    const pathSegments = path.split('/').filter(Boolean);
    if (req.method === 'GET' && pathSegments[0] === 'media-download' && pathSegments.length === 2) {
      const item = options.media?.[pathSegments[1]];
      if (!accessToken || !item) {
        send(res, accessToken ? 404 : 401, graphError('Media not found or not authorized', 100));
        return;
      }
      res.writeHead(200, { 'Content-Type': item.mimeType, 'Content-Length': item.bytes.length });
      res.end(item.bytes);
      return;
    }
    if (req.method === 'GET' && pathSegments.length === 1 && options.media?.[pathSegments[0]]) {
      const item = options.media[pathSegments[0]];
      if (!accessToken) {
        send(res, 400, graphError('An active access token must be used.', 2500));
        return;
      }
      const host = req.headers.host ?? '127.0.0.1';
      send(res, 200, {
        messaging_product: 'whatsapp',
        url: `http://${host}${VERSION}/media-download/${pathSegments[0]}`,
        mime_type: item.mimeType,
        sha256: 'c0ffee',
        file_size: item.bytes.length,
        id: pathSegments[0],
      });
      return;
    }
    if (req.method === 'GET' && pathSegments.length === 2 && pathSegments[1] === 'message_templates') {
      send(res, 200, { data: FAKE_TEMPLATES, paging: { cursors: { before: 'QVFI', after: 'QVFJ' } } });
      return;
    }
    if (req.method === 'GET' && pathSegments.length === 1 && typeof query.fields === 'string') {
      const profile = options.profiles?.[pathSegments[0]];
      if (!profile) {
        send(
          res,
          400,
          graphError(
            `Unsupported get request. Object with ID '${pathSegments[0]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
            100,
            { type: 'GraphMethodException', error_subcode: 33 },
          ),
        );
        return;
      }
      const wanted = query.fields.split(',');
      send(res, 200, {
        ...Object.fromEntries(Object.entries(profile).filter(([key]) => wanted.includes(key))),
        id: pathSegments[0],
      });
      return;
    }
    if (req.method !== 'POST') {
      send(
        res,
        400,
        graphError('Unsupported get request.', 100, { type: 'GraphMethodException', error_subcode: 33 }),
      );
      return;
    }
    const fields: JsonRecord = { ...query, ...(isRecord(body) ? body : {}) };
    const segments = path.split('/').filter(Boolean);
    counter += 1;

    if (segments.length === 2 && segments[1] === 'messages') {
      if (fields.messaging_product === 'whatsapp') {
        const input =
          typeof fields.to === 'string'
            ? fields.to
            : typeof fields.recipient === 'string'
              ? fields.recipient
              : undefined;
        if (!input) {
          send(res, 400, graphError('(#100) The parameter to is required.', 100));
          return;
        }
        const contact =
          typeof fields.to === 'string'
            ? { input, wa_id: input.replace(/^\+/, '') }
            : { input, user_id: input };
        send(res, 200, {
          messaging_product: 'whatsapp',
          contacts: [contact],
          messages: [{ id: `wamid.FAKE${String(counter).padStart(6, '0')}` }],
        });
        return;
      }
      const recipient = fields.recipient;
      if (!isRecord(recipient) || (recipient.id === undefined && recipient.comment_id === undefined)) {
        send(res, 400, graphError('(#100) The parameter recipient is required', 100));
        return;
      }
      send(res, 200, {
        recipient_id: typeof recipient.id === 'string' ? recipient.id : `psid-of-commenter-${counter}`,
        message_id: `m_FAKE${String(counter).padStart(6, '0')}`,
      });
      return;
    }
    if (segments.length === 2 && (segments[1] === 'comments' || segments[1] === 'replies')) {
      if (typeof fields.message !== 'string' || fields.message.length === 0) {
        send(res, 400, graphError('(#100) Missing message or attachment', 100));
        return;
      }
      send(res, 200, { id: `${segments[0]}_${900000 + counter}` });
      return;
    }
    if (segments.length === 1 && (fields.is_hidden !== undefined || fields.hide !== undefined)) {
      send(res, 200, { success: true });
      return;
    }
    send(
      res,
      400,
      graphError('Unsupported post request.', 100, { type: 'GraphMethodException', error_subcode: 33 }),
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) {
        send(
          res,
          500,
          graphError('An unexpected error has occurred. Please retry your request later.', 2, {
            type: 'OAuthException',
          }),
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${VERSION}`,
    requests,
    failNext(status: number, body: object, times = 1): void {
      failures.push({ status, body, remaining: times });
    },
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}
