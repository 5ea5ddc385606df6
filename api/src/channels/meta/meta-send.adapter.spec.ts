import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Channel } from '@webcare/shared';
import { type FakeProvider, graphError, startFakeProvider } from '../testing/fake-provider';
import { OutboundError, type OutboundRequest } from '../outbound';
import { META_24H_MESSAGE, MetaSendAdapter } from './meta-send.adapter';

const PAGE = '104523889012345';
const IG = '17841405822304914';

let provider: FakeProvider;
let adapter: MetaSendAdapter;
let tokenCalls: string[];

beforeEach(async () => {
  provider = await startFakeProvider();
  tokenCalls = [];
  adapter = new MetaSendAdapter({
    baseUrl: provider.baseUrl,
    tokenFor: (accountId) => {
      tokenCalls.push(accountId);
      return Promise.resolve(`token-${accountId}`);
    },
  });
});

afterEach(async () => {
  await provider.close();
});

function request(channel: Channel, extra: Partial<OutboundRequest> = {}): OutboundRequest {
  return {
    channel,
    accountId: channel.startsWith('instagram') ? IG : PAGE,
    recipientId: '6523987412365478',
    text: 'Hoi, we kijken het voor je na.',
    idempotencyKey: '7f3c2a91-4b1e-4d7a-9c0e-2f5b8a6d1e34',
    ...extra,
  };
}

async function rejection(promise: Promise<unknown>): Promise<OutboundError> {
  const error: unknown = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(error instanceof OutboundError)) {
    throw new Error(`expected an OutboundError, got ${String(error)}`);
  }
  return error;
}

describe('MetaSendAdapter: sending', () => {
  it('sends a Messenger reply through the Send API with the page token', async () => {
    await expect(adapter.send(request('messenger'))).resolves.toEqual({ providerMessageId: 'm_FAKE000001' });
    expect(provider.requests).toHaveLength(1);
    const [sent] = provider.requests;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe(`/${PAGE}/messages`);
    expect(sent.headers.authorization).toBe(`Bearer token-${PAGE}`);
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.body).toEqual({
      recipient: { id: '6523987412365478' },
      messaging_type: 'RESPONSE',
      message: {
        text: 'Hoi, we kijken het voor je na.',
        metadata: 'inbox-outbound:7f3c2a91-4b1e-4d7a-9c0e-2f5b8a6d1e34',
      },
    });
    expect(tokenCalls).toEqual([PAGE]);
  });

  it('answers after 24 hours with the HUMAN_AGENT tag', async () => {
    await adapter.send(request('instagram_dm', { humanAgentTag: true }));
    expect(provider.requests[0].body).toMatchObject({ messaging_type: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' });
  });

  it('sends an Instagram DM from the Instagram account', async () => {
    await expect(adapter.send(request('instagram_dm'))).resolves.toEqual({
      providerMessageId: 'm_FAKE000001',
    });
    expect(provider.requests[0].path).toBe(`/${IG}/messages`);
    expect(provider.requests[0].accessToken).toBe(`token-${IG}`);
    expect(provider.requests[0].body).toEqual({
      recipient: { id: '6523987412365478' },
      messaging_type: 'RESPONSE',
      message: { text: 'Hoi, we kijken het voor je na.' },
    });
  });

  it('replies publicly to a Page comment', async () => {
    const commentId = '122145678901234567_1187654321098765';
    await expect(adapter.send(request('facebook_comment', { replyToCommentId: commentId }))).resolves.toEqual(
      {
        providerMessageId: `${commentId}_900001`,
      },
    );
    expect(provider.requests[0].path).toBe(`/${commentId}/comments`);
    expect(provider.requests[0].body).toEqual({ message: 'Hoi, we kijken het voor je na.' });
    expect(provider.requests[0].accessToken).toBe(`token-${PAGE}`);
  });

  it('replies publicly to an Instagram comment', async () => {
    await adapter.send(request('instagram_comment', { replyToCommentId: '17912345678901234' }));
    expect(provider.requests[0].path).toBe('/17912345678901234/replies');
    expect(provider.requests[0].body).toEqual({ message: 'Hoi, we kijken het voor je na.' });
  });

  it.each<Channel>(['facebook_comment', 'instagram_comment', 'messenger'])(
    'replies privately to a comment on %s',
    async (channel) => {
      const result = await adapter.send(
        request(channel, { replyToCommentId: 'c-1', privateReplyToComment: true }),
      );
      expect(result.providerMessageId).toMatch(/^m_FAKE/);
      const [sent] = provider.requests;
      expect(sent.path).toBe(`/${channel.startsWith('instagram') ? IG : PAGE}/messages`);
      expect(sent.body).toEqual({
        recipient: { comment_id: 'c-1' },
        message: { text: 'Hoi, we kijken het voor je na.' },
      });
    },
  );

  it('refuses a comment reply without the comment, and channels it does not serve, without calling out', async () => {
    expect((await rejection(adapter.send(request('facebook_comment')))).retryable).toBe(false);
    expect(
      (await rejection(adapter.send(request('instagram_comment', { privateReplyToComment: true }))))
        .retryable,
    ).toBe(false);
    expect((await rejection(adapter.send(request('whatsapp')))).retryable).toBe(false);
    expect(provider.requests).toHaveLength(0);
  });

  it('hides a Facebook comment with is_hidden and an Instagram comment with hide', async () => {
    await adapter.hideComment(PAGE, '122145678901234567_1187654321098765');
    await adapter.hideComment(IG, '17912345678901234', 'instagram_comment');
    expect(provider.requests.map((r) => [r.path, r.body, r.accessToken])).toEqual([
      ['/122145678901234567_1187654321098765', { is_hidden: true }, `token-${PAGE}`],
      ['/17912345678901234', { hide: true }, `token-${IG}`],
    ]);
  });

  it('fails when hiding is not confirmed', async () => {
    provider.failNext(200, { success: false });
    const error = await rejection(adapter.hideComment(PAGE, 'c-1'));
    expect(error.retryable).toBe(false);
  });
});

describe('MetaSendAdapter: errors', () => {
  it.each([
    ['a server error', 500, graphError('An unexpected error has occurred.', 1)],
    ['HTTP 503 without body', 503, {}],
    ['HTTP 429', 429, {}],
    ['the app rate limit (4)', 400, graphError('(#4) Application request limit reached', 4)],
    ['the user rate limit (17)', 400, graphError('(#17) User request limit reached', 17)],
    ['the page rate limit (32)', 400, graphError('(#32) Page request limit reached', 32)],
    ['too many calls (613)', 400, graphError('(#613) Calls to this api have exceeded the rate limit.', 613)],
    ['a temporary error (2)', 400, graphError('An unexpected error has occurred. Please retry.', 2)],
    ['an error marked transient', 400, { error: { message: 'Try again', code: 999, is_transient: true } }],
  ])('retries after %s', async (_label, status, body) => {
    provider.failNext(status, body);
    const error = await rejection(adapter.send(request('messenger')));
    expect(error.retryable).toBe(true);
    expect(error.message).not.toMatch(/undefined/);
  });

  it.each([
    [
      'outside the 24-hour window',
      graphError('(#10) This message is sent outside of allowed window.', 10, { error_subcode: 2018278 }),
      META_24H_MESSAGE,
      '10/2018278',
    ],
    [
      'outside the Instagram window',
      graphError('(#10) Outside of allowed window', 10, { error_subcode: 2534022 }),
      META_24H_MESSAGE,
      '10/2534022',
    ],
    ['a permission error', graphError('(#10) Permission denied', 10), /lacks permission/, 10],
    [
      'a missing permission (200)',
      graphError('(#200) Requires pages_messaging', 200),
      /lacks permission/,
      200,
    ],
    [
      'an expired token',
      graphError('Error validating access token: Session has expired', 190, { error_subcode: 463 }),
      /access token .* expired/,
      '190/463',
    ],
    [
      'an invalid parameter',
      graphError('(#100) Param recipient[id] must be a valid ID', 100),
      /invalid/,
      100,
    ],
    [
      'an unavailable person',
      graphError("(#551) This person isn't available right now.", 551),
      /cannot receive/,
      551,
    ],
    [
      'a removed comment',
      graphError('Unsupported post request.', 100, { error_subcode: 33 }),
      /no longer exists/,
      '100/33',
    ],
  ])('does not retry after %s', async (_label, body, message, code) => {
    provider.failNext(400, body);
    const error = await rejection(adapter.send(request('messenger')));
    expect(error.retryable).toBe(false);
    expect(error.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
    expect(error.providerCode).toBe(code);
  });

  it('keeps Meta words for an unknown refusal', async () => {
    provider.failNext(400, graphError('Something unusual', 12345));
    const error = await rejection(adapter.send(request('messenger')));
    expect(error).toMatchObject({
      retryable: false,
      message: 'Meta refused the message (code 12345): Something unusual',
    });
  });

  it('succeeds once a temporary failure has passed', async () => {
    provider.failNext(500, graphError('Temporary', 2), 2);
    await rejection(adapter.send(request('messenger')));
    await rejection(adapter.send(request('messenger')));
    await expect(adapter.send(request('messenger'))).resolves.toEqual({ providerMessageId: 'm_FAKE000001' });
    expect(provider.requests).toHaveLength(3);
  });

  it('does not retry blindly when a success answer cannot be read', async () => {
    provider.failNext(200, { unexpected: true });
    const error = await rejection(adapter.send(request('messenger')));
    expect(error.retryable).toBe(false);
  });

  it('retries when the provider cannot be reached', async () => {
    const baseUrl = provider.baseUrl;
    await provider.close();
    const offline = new MetaSendAdapter({ baseUrl, tokenFor: () => 'token' });
    const error = await rejection(offline.send(request('messenger')));
    expect(error.retryable).toBe(true);
    provider = await startFakeProvider();
  });

  it('gives up on a provider that does not answer in time, and retries', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const slow = new MetaSendAdapter({
      baseUrl: `http://127.0.0.1:${port}/v21.0`,
      tokenFor: () => 't',
      timeoutMs: 150,
    });
    const error = await rejection(slow.send(request('messenger')));
    expect(error.retryable).toBe(true);
    expect(error.message).toBe('the provider did not answer in time; trying again');
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('does not send without a token for the account', async () => {
    const noToken = new MetaSendAdapter({
      baseUrl: provider.baseUrl,
      tokenFor: () => Promise.reject(new Error('unknown account')),
    });
    const error = await rejection(noToken.send(request('messenger')));
    expect(error.retryable).toBe(false);
    expect(provider.requests).toHaveLength(0);
  });
});
