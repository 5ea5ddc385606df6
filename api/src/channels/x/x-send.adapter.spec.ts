import { OutboundError, type OutboundRequest } from '../outbound';
import { type FakeRestProvider, startFakeX } from '../testing/fake-rest-providers';
import { XSendAdapter } from './x-send.adapter';

const ACCOUNT = '1453259982011781120';

let x: FakeRestProvider;
let adapter: XSendAdapter;

beforeEach(async () => {
  x = await startFakeX();
  adapter = new XSendAdapter({ baseUrl: x.baseUrl, tokenFor: (id) => `user-token-${id}` });
});

afterEach(async () => {
  await x.close();
});

function request(extra: Partial<OutboundRequest> = {}): OutboundRequest {
  return {
    channel: 'x_dm',
    accountId: ACCOUNT,
    recipientId: '987654321',
    text: 'Dank voor je bericht, we bellen je vandaag terug.',
    idempotencyKey: 'c1b2a3d4-0000-4000-8000-000000000001',
    ...extra,
  };
}

async function rejection(promise: Promise<unknown>): Promise<OutboundError> {
  const error: unknown = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(error instanceof OutboundError)) throw new Error(`expected an OutboundError, got ${String(error)}`);
  return error;
}

describe('XSendAdapter', () => {
  it('answers a DM in the conversation with the person, with the account token', async () => {
    const result = await adapter.send(request());
    expect(result.providerMessageId).toMatch(/^\d+$/);
    const [sent] = x.requests;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe('/2/dm_conversations/with/987654321/messages');
    expect(sent.headers.authorization).toBe(`Bearer user-token-${ACCOUNT}`);
    expect(sent.body).toEqual({ text: 'Dank voor je bericht, we bellen je vandaag terug.' });
  });

  it('answers a mention in public as a reply to the post', async () => {
    const result = await adapter.send(
      request({ channel: 'x_mention', replyToCommentId: '1700000000000000042', recipientId: '55' }),
    );
    expect(result.providerMessageId).toMatch(/^\d+$/);
    expect(x.requests[0].path).toBe('/2/tweets');
    expect(x.requests[0].body).toEqual({
      text: 'Dank voor je bericht, we bellen je vandaag terug.',
      reply: { in_reply_to_tweet_id: '1700000000000000042' },
    });
  });

  it('moves a private answer to a mention into a DM', async () => {
    await adapter.send(
      request({
        channel: 'x_mention',
        replyToCommentId: '17',
        privateReplyToComment: true,
        recipientId: '55',
      }),
    );
    expect(x.requests[0].path).toBe('/2/dm_conversations/with/55/messages');
  });

  it('refuses a public reply over 280 characters before sending', async () => {
    const error = await rejection(
      adapter.send(request({ channel: 'x_mention', replyToCommentId: '17', text: 'a'.repeat(281) })),
    );
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('280');
    expect(x.requests).toHaveLength(0);
  });

  it('counts characters, not UTF-16 units, toward the limit', async () => {
    await adapter.send(request({ channel: 'x_mention', replyToCommentId: '17', text: '🙂'.repeat(280) }));
    expect(x.requests).toHaveLength(1);
  });

  it('tells when a rate limit lifts', async () => {
    const reset = Math.floor(Date.now() / 1000) + 600;
    x.failNext(
      429,
      { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      1,
      { 'x-rate-limit-limit': '200', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
    );
    const error = await rejection(adapter.send(request()));
    expect(error.retryable).toBe(true);
    expect(error.retryAt?.getTime()).toBe(reset * 1000);
  });

  it('does not retry an expired token or a closed DM inbox, and says so', async () => {
    x.failNext(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    const expired = await rejection(adapter.send(request()));
    expect(expired).toMatchObject({ retryable: false });
    expect(expired.message).toContain('expired');

    x.failNext(403, {
      detail: 'You cannot send messages to this user.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403,
    });
    const closed = await rejection(adapter.send(request()));
    expect(closed).toMatchObject({ retryable: false });
    expect(closed.message).toContain('direct messages');
  });

  it('retries a server error', async () => {
    x.failNext(503, { title: 'Service Unavailable', status: 503 });
    expect(await rejection(adapter.send(request()))).toMatchObject({ retryable: true });
  });

  it('hides a reply to our own post', async () => {
    await adapter.hideComment(ACCOUNT, '1700000000000000099');
    expect(x.requests[0]).toMatchObject({
      method: 'PUT',
      path: '/2/tweets/1700000000000000099/hidden',
      body: { hidden: true },
    });
  });

  it('says so when no token is set', async () => {
    const none = new XSendAdapter({
      baseUrl: x.baseUrl,
      tokenFor: () => {
        throw new Error('none');
      },
    });
    expect(await rejection(none.send(request()))).toMatchObject({ retryable: false });
    expect(x.requests).toHaveLength(0);
  });
});
