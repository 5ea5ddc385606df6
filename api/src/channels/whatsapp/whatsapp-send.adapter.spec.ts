import { OutboundError, type OutboundRequest } from '../outbound';
import { type FakeProvider, graphError, startFakeProvider } from '../testing/fake-provider';
import { WHATSAPP_24H_MESSAGE } from './whatsapp-errors';
import { WhatsAppSendAdapter } from './whatsapp-send.adapter';

const NUMBER_ID = '612345678901234';

let provider: FakeProvider;
let adapter: WhatsAppSendAdapter;

beforeEach(async () => {
  provider = await startFakeProvider();
  adapter = new WhatsAppSendAdapter({ baseUrl: provider.baseUrl, tokenFor: (id) => `system-token-${id}` });
});

afterEach(async () => {
  await provider.close();
});

function request(extra: Partial<OutboundRequest> = {}): OutboundRequest {
  return {
    channel: 'whatsapp',
    accountId: NUMBER_ID,
    recipientId: '31612345678',
    text: 'Goedemiddag Sanne, je afspraak is verzet naar dinsdag 10:30.',
    idempotencyKey: 'b5a0d3e2-1f4c-4e6b-9a8d-7c6b5a4f3e2d',
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

function whatsappError(code: number, message: string, details: string): object {
  return graphError(message, code, { error_data: { messaging_product: 'whatsapp', details } });
}

describe('WhatsAppSendAdapter', () => {
  it('sends a text message from the phone number with the bearer token', async () => {
    await expect(adapter.send(request())).resolves.toEqual({ providerMessageId: 'wamid.FAKE000001' });
    expect(provider.requests).toHaveLength(1);
    const [sent] = provider.requests;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe(`/${NUMBER_ID}/messages`);
    expect(sent.headers.authorization).toBe(`Bearer system-token-${NUMBER_ID}`);
    expect(sent.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '31612345678',
      type: 'text',
      text: { body: 'Goedemiddag Sanne, je afspraak is verzet naar dinsdag 10:30.', preview_url: false },
      biz_opaque_callback_data: 'b5a0d3e2-1f4c-4e6b-9a8d-7c6b5a4f3e2d',
    });
  });

  it('addresses a username user by business-scoped user id', async () => {
    await adapter.send(request({ recipientId: 'NL.1031124232991481' }));
    expect(provider.requests[0].body).toMatchObject({ recipient: 'NL.1031124232991481' });
    expect(provider.requests[0].body).not.toHaveProperty('to');
  });

  it('does not retry outside the 24-hour window, and says what to do', async () => {
    provider.failNext(
      400,
      whatsappError(
        131047,
        'Re-engagement message',
        'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
      ),
    );
    const error = await rejection(adapter.send(request()));
    expect(error).toMatchObject({ retryable: false, providerCode: 131047 });
    expect(error.message).toBe(
      "more than 24 hours since the person's last message: send a template or call back",
    );
    expect(error.message).toBe(WHATSAPP_24H_MESSAGE);
  });

  it.each([
    [
      'throughput throttling (130429)',
      400,
      whatsappError(130429, 'Rate limit hit', 'Cloud API message throughput reached'),
    ],
    [
      'pair rate limit (131056)',
      400,
      whatsappError(131056, '(Business Account, Consumer Account) pair rate limit hit', ''),
    ],
    ['app rate limit (4)', 400, graphError('(#4) Application request limit reached', 4)],
    ['service unavailable (131016)', 503, whatsappError(131016, 'Service unavailable', '')],
    ['an unknown server error', 500, whatsappError(999001, 'Internal', '')],
    ['HTTP 429 without body', 429, {}],
  ])('retries after %s', async (_label, status, body) => {
    provider.failNext(status, body);
    expect((await rejection(adapter.send(request()))).retryable).toBe(true);
  });

  it.each([
    [
      'an undeliverable number (131026)',
      whatsappError(131026, 'Message undeliverable', ''),
      /could not deliver/,
    ],
    ['an expired token (190)', graphError('Error validating access token', 190), /access token/],
    ['an invalid parameter (100)', graphError('(#100) Invalid parameter', 100), /invalid/],
    ['a spam limit (131048)', whatsappError(131048, 'Spam rate limit hit', ''), /restricts/],
    [
      'an unknown client error',
      whatsappError(999002, 'Odd', 'Very odd'),
      /^WhatsApp refused the message \(code 999002\): Odd - Very odd$/,
    ],
  ])('does not retry after %s', async (_label, body, message) => {
    provider.failNext(400, body);
    const error = await rejection(adapter.send(request()));
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(message);
  });

  it('does not retry blindly when the answer has no message id', async () => {
    provider.failNext(200, { messaging_product: 'whatsapp', contacts: [], messages: [] });
    expect((await rejection(adapter.send(request()))).retryable).toBe(false);
  });

  it('refuses other channels without calling out', async () => {
    expect((await rejection(adapter.send(request({ channel: 'sms' })))).retryable).toBe(false);
    expect(provider.requests).toHaveLength(0);
  });
});
