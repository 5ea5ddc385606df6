import { OutboundError, type OutboundRequest } from '../outbound';
import { type FakeRestProvider, startFakeTwilio } from '../testing/fake-rest-providers';
import { TwilioSendAdapter } from './twilio-send.adapter';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'twilio-auth-token';

let twilio: FakeRestProvider;
let adapter: TwilioSendAdapter;

beforeEach(async () => {
  twilio = await startFakeTwilio(SID, TOKEN);
  adapter = new TwilioSendAdapter({
    baseUrl: twilio.baseUrl,
    accountSid: SID,
    authToken: TOKEN,
    statusCallbackUrl: 'https://inbox.example.nl/webhooks/twilio',
  });
});

afterEach(async () => {
  await twilio.close();
});

function request(extra: Partial<OutboundRequest> = {}): OutboundRequest {
  return {
    channel: 'sms',
    accountId: '+3197010520000',
    recipientId: '+31612345678',
    text: 'Dag Sanne, je afspraak staat dinsdag om 10:30.',
    idempotencyKey: 'd1b2a3d4-0000-4000-8000-000000000002',
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

describe('TwilioSendAdapter', () => {
  it('sends an SMS with the Messages API, basic auth and a status callback', async () => {
    const result = await adapter.send(request());
    expect(result.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    const [sent] = twilio.requests;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(sent.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`);
    expect(sent.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(sent.body).toEqual({
      To: '+31612345678',
      From: '+3197010520000',
      Body: 'Dag Sanne, je afspraak staat dinsdag om 10:30.',
      StatusCallback: 'https://inbox.example.nl/webhooks/twilio',
    });
  });

  it('sends WhatsApp through Twilio with whatsapp: addresses', async () => {
    await adapter.send(request({ channel: 'whatsapp' }));
    expect(twilio.requests[0].body).toMatchObject({
      To: 'whatsapp:+31612345678',
      From: 'whatsapp:+3197010520000',
    });
  });

  it('says in plain words when the number is wrong, and does not retry', async () => {
    const error = await rejection(adapter.send(request({ recipientId: '+12' })));
    expect(error).toMatchObject({ retryable: false, providerCode: 21211 });
    expect(error.message).toContain('not valid');
  });

  it('refuses on wrong credentials without retrying', async () => {
    const wrong = new TwilioSendAdapter({
      baseUrl: twilio.baseUrl,
      accountSid: SID,
      authToken: 'wrong',
      statusCallbackUrl: 'https://inbox.example.nl/webhooks/twilio',
    });
    const error = await rejection(wrong.send(request()));
    expect(error).toMatchObject({ retryable: false, providerCode: 20003 });
  });

  it('names an unsubscribed person and a closed WhatsApp window', async () => {
    twilio.failNext(400, { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 });
    expect((await rejection(adapter.send(request()))).message).toContain('STOP');
    twilio.failNext(400, { code: 63016, message: 'Failed to send freeform message', status: 400 });
    const window = await rejection(adapter.send(request({ channel: 'whatsapp' })));
    expect(window).toMatchObject({ retryable: false });
    expect(window.message).toContain('template');
  });

  it('retries when Twilio is down or busy', async () => {
    twilio.failNext(503, { code: 20500, message: 'Internal Server Error', status: 503 });
    expect(await rejection(adapter.send(request()))).toMatchObject({ retryable: true });
    twilio.failNext(429, { code: 20429, message: 'Too Many Requests', status: 429 });
    expect(await rejection(adapter.send(request()))).toMatchObject({ retryable: true });
  });

  it('says what is missing when no account SID is set', async () => {
    const none = new TwilioSendAdapter({
      baseUrl: twilio.baseUrl,
      accountSid: null,
      authToken: TOKEN,
      statusCallbackUrl: 'https://inbox.example.nl/webhooks/twilio',
    });
    expect((await rejection(none.send(request()))).message).toContain('TWILIO_ACCOUNT_SID');
    expect(twilio.requests).toHaveLength(0);
  });
});
