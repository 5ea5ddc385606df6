import { type FakeProvider, startFakeProvider } from './fake-provider';

let provider: FakeProvider;

beforeEach(async () => {
  provider = await startFakeProvider();
});

afterEach(async () => {
  await provider.close();
});

async function post(path: string, body: object, token: string | null = 'tok'): Promise<[number, unknown]> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const res = await fetch(`${provider.baseUrl}${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(body),
  });
  return [res.status, await res.json()];
}

describe('startFakeProvider', () => {
  it('listens on 127.0.0.1 under an API version', () => {
    expect(provider.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v21\.0$/);
  });

  it('answers as the Send API, the comment edges, hide and the Cloud API', async () => {
    expect(await post('/p1/messages', { recipient: { id: 'u1' }, message: { text: 'x' } })).toEqual([
      200,
      { recipient_id: 'u1', message_id: 'm_FAKE000001' },
    ]);
    expect(await post('/c1/comments', { message: 'x' })).toEqual([200, { id: 'c1_900002' }]);
    expect(await post('/c1', { is_hidden: true })).toEqual([200, { success: true }]);
    expect(await post('/n1/messages', { messaging_product: 'whatsapp', to: '316', type: 'text' })).toEqual([
      200,
      {
        messaging_product: 'whatsapp',
        contacts: [{ input: '316', wa_id: '316' }],
        messages: [{ id: 'wamid.FAKE000004' }],
      },
    ]);
    expect(provider.requests.map((r) => r.path)).toEqual([
      '/p1/messages',
      '/c1/comments',
      '/c1',
      '/n1/messages',
    ]);
  });

  it('accepts the token as an access_token parameter too', async () => {
    const res = await fetch(`${provider.baseUrl}/c1?access_token=abc`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'is_hidden=true',
    });
    expect(res.status).toBe(200);
    expect(provider.requests[0]).toMatchObject({ accessToken: 'abc', body: { is_hidden: 'true' } });
  });

  it('answers Graph errors for a missing token, a missing field and an unknown path', async () => {
    const [status, body] = await post('/p1/messages', { recipient: { id: 'u' } }, null);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: { code: 2500, type: 'OAuthException', fbtrace_id: expect.any(String) },
    });
    expect((await post('/p1/messages', { message: { text: 'x' } }))[1]).toMatchObject({
      error: { code: 100 },
    });
    expect((await post('/a/b/c', {}))[1]).toMatchObject({ error: { code: 100, error_subcode: 33 } });
  });

  it('fails the next requests as told, then recovers', async () => {
    provider.failNext(503, { error: { message: 'down', code: 2 } }, 2);
    expect((await post('/c1/comments', { message: 'x' }))[0]).toBe(503);
    expect((await post('/c1/comments', { message: 'x' }))[0]).toBe(503);
    expect((await post('/c1/comments', { message: 'x' }))[0]).toBe(200);
    expect(provider.requests).toHaveLength(3);
  });
});
