import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RecordedRequest } from './fake-provider';

/** A fake provider REST API on 127.0.0.1 (random port). */
export interface FakeRestProvider {
  /** Use as the adapter's base URL (like https://api.x.com or https://api.twilio.com). */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Answer the next `times` requests (default 1) with this status, body and headers. */
  failNext(status: number, body: object, times?: number, headers?: Record<string, string>): void;
  close(): Promise<void>;
}

type JsonRecord = Record<string, unknown>;
type Route = (
  request: RecordedRequest,
  counter: number,
) => { status: number; body: object; headers?: Record<string, string> };

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function reply(
  res: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

async function startFake(route: Route): Promise<FakeRestProvider> {
  const requests: RecordedRequest[] = [];
  const failures: { status: number; body: object; remaining: number; headers: Record<string, string> }[] = [];
  let counter = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rawBody = await readBody(req);
      const type = req.headers['content-type'] ?? '';
      let body: unknown = rawBody;
      try {
        if (type.includes('application/json') && rawBody) body = JSON.parse(rawBody) as unknown;
        if (type.includes('application/x-www-form-urlencoded'))
          body = Object.fromEntries(new URLSearchParams(rawBody));
      } catch {
        reply(res, 400, { title: 'Invalid Request', detail: 'the body is not JSON', status: 400 });
        return;
      }
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
        rawBody,
      };
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (bearer) recorded.accessToken = bearer;
      requests.push(recorded);
      const failure = failures[0];
      if (failure) {
        failure.remaining -= 1;
        if (failure.remaining <= 0) failures.shift();
        reply(res, failure.status, failure.body, failure.headers);
        return;
      }
      counter += 1;
      const answer = route(recorded, counter);
      reply(res, answer.status, answer.body, answer.headers);
    })().catch(() => {
      if (!res.headersSent) reply(res, 500, { title: 'Internal Error', status: 500 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    failNext(status, body, times = 1, headers = {}) {
      failures.push({ status, body, remaining: times, headers });
    },
    close() {
      return new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      });
    },
  };
}

const X_UNAUTHORIZED = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' };

/**
 * A fake X API v2, answering as documented: `POST /2/dm_conversations/with/:participant_id/messages`
 * `{text}` → 201 `{data:{dm_conversation_id, dm_event_id}}`; `POST /2/tweets` `{text, reply?}` → 201
 * `{data:{id, text, edit_history_tweet_ids}}` (403 over 280 characters); `PUT /2/tweets/:id/hidden` →
 * `{data:{hidden}}`; 401 problem without a bearer token.
 */
export function startFakeX(): Promise<FakeRestProvider> {
  return startFake((request, counter) => {
    if (!request.accessToken) return { status: 401, body: X_UNAUTHORIZED };
    const body = isRecord(request.body) ? request.body : {};
    const dm = /^\/2\/dm_conversations\/with\/([^/]+)\/messages$/.exec(request.path);
    if (request.method === 'POST' && dm) {
      if (typeof body.text !== 'string' || body.text.length === 0) {
        return { status: 400, body: { title: 'Invalid Request', detail: 'text is required', status: 400 } };
      }
      return {
        status: 201,
        body: {
          data: {
            dm_conversation_id: `${dm[1]}-1500000000000000001`,
            dm_event_id: `17000000000000${String(counter).padStart(5, '0')}`,
          },
        },
      };
    }
    if (request.method === 'POST' && request.path === '/2/tweets') {
      const text = typeof body.text === 'string' ? body.text : '';
      if ([...text].length > 280) {
        return {
          status: 403,
          body: {
            detail: 'You are not permitted to perform this action.',
            type: 'about:blank',
            title: 'Forbidden',
            status: 403,
          },
        };
      }
      const id = `18000000000000${String(counter).padStart(5, '0')}`;
      return { status: 201, body: { data: { id, text, edit_history_tweet_ids: [id] } } };
    }
    const hide = /^\/2\/tweets\/([^/]+)\/hidden$/.exec(request.path);
    if (request.method === 'PUT' && hide) {
      return { status: 200, body: { data: { hidden: body.hidden === true } } };
    }
    return {
      status: 404,
      body: { title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/resource-not-found' },
    };
  });
}

/**
 * A fake Twilio REST API: `POST /2010-04-01/Accounts/:sid/Messages.json` (form `To`, `From`, `Body`,
 * `StatusCallback`, HTTP basic `sid:token`) → 201 Message resource (`sid` SM…, `status: queued`,
 * `num_segments`); 401 `{code: 20003}` on wrong credentials, 400 `{code: 21211}` for a bad `To`.
 */
export function startFakeTwilio(accountSid: string, authToken: string): Promise<FakeRestProvider> {
  return startFake((request, counter) => {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (request.headers.authorization !== expected) {
      return {
        status: 401,
        body: {
          code: 20003,
          message: 'Authenticate',
          more_info: 'https://www.twilio.com/docs/errors/20003',
          status: 401,
        },
      };
    }
    const match = /^\/2010-04-01\/Accounts\/([^/]+)\/Messages\.json$/.exec(request.path);
    if (request.method !== 'POST' || !match || match[1] !== accountSid) {
      return {
        status: 404,
        body: { code: 20404, message: 'The requested resource was not found', status: 404 },
      };
    }
    const form = isRecord(request.body) ? request.body : {};
    const to = typeof form.To === 'string' ? form.To : '';
    if (!/^(whatsapp:)?\+\d{8,15}$/.test(to)) {
      return {
        status: 400,
        body: {
          code: 21211,
          message: `The 'To' number ${to} is not a valid phone number.`,
          more_info: 'https://www.twilio.com/docs/errors/21211',
          status: 400,
        },
      };
    }
    const text = typeof form.Body === 'string' ? form.Body : '';
    const sid = `SM${String(counter).padStart(32, '0')}`;
    return {
      status: 201,
      body: {
        account_sid: accountSid,
        api_version: '2010-04-01',
        body: text,
        date_created: new Date().toUTCString(),
        direction: 'outbound-api',
        error_code: null,
        error_message: null,
        from: form.From,
        to,
        messaging_service_sid: null,
        num_media: '0',
        num_segments: String(Math.max(1, Math.ceil(text.length / 153))),
        price: null,
        price_unit: 'USD',
        sid,
        status: 'queued',
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
      },
    };
  });
}
