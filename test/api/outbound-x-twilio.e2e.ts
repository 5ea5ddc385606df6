import { createHmac } from 'node:crypto';
import type { ConversationSummary, MessageView } from '@webcare/shared';
import {
  type FakeRestProvider,
  startFakeTwilio,
  startFakeX,
} from '../../api/src/channels/testing/fake-rest-providers';
import { startApp, TEST_SECRETS, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { payload, postWebhook, xSign } from '../support/payloads';

const SID = 'AC0123456789abcdef0123456789abcdef';

function twilioSign(path: string, form: string): string {
  const params = Object.fromEntries(new URLSearchParams(form));
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], `${TEST_SECRETS.PUBLIC_URL}${path}`);
  return createHmac('sha1', TEST_SECRETS.TWILIO_AUTH_TOKEN).update(data, 'utf8').digest('base64');
}

function postTwilio(baseUrl: string, form: string) {
  return postWebhook(baseUrl, '/webhooks/twilio', form, {
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': twilioSign('/webhooks/twilio', form),
  });
}

function postX(baseUrl: string, body: Buffer | string) {
  return postWebhook(baseUrl, '/webhooks/x', body, {
    'content-type': 'application/json',
    'x-twitter-webhooks-signature': xSign(body),
  });
}

describe('answering on X and SMS (black box, fake X API and Twilio on loopback)', () => {
  let x: FakeRestProvider;
  let twilio: FakeRestProvider;
  let app: RunningApp;
  let agent: ReturnType<typeof client>;
  let mentionId = '';

  beforeAll(async () => {
    x = await startFakeX();
    twilio = await startFakeTwilio(SID, TEST_SECRETS.TWILIO_AUTH_TOKEN);
    app = await startApp({
      OUTBOUND_TRANSPORT: 'live',
      X_API_URL: x.baseUrl,
      X_ACCESS_TOKEN: 'x-user-token-for-tests',
      TWILIO_API_URL: twilio.baseUrl,
      TWILIO_ACCOUNT_SID: SID,
    });
    agent = client(app.url, (await login(app.url, 'agent@example.org')).accessToken);
  });
  afterAll(async () => {
    await app.stop();
    await x.close();
    await twilio.close();
  });

  const conversationWith = async (preview: string) =>
    eventually(async () =>
      (await agent.conversations('?limit=200')).items.find((c: ConversationSummary) =>
        c.lastMessagePreview.includes(preview),
      ),
    );

  const messageStatus = async (conversationId: string, messageId: string, status: string) =>
    eventually(
      async () => {
        const found = (await agent.conversation(conversationId)).messages.find((m) => m.id === messageId);
        return found?.deliveryStatus === status ? found : undefined;
      },
      20_000,
      `message ${status}`,
    );

  it('answers an X DM in the conversation with the person', async () => {
    expect((await postX(app.url, payload('x-dm-event.json'))).status).toBe(200);
    const conversation = await conversationWith('fiets staat al twee weken');
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'We kijken het direct na.',
    });
    expect(reply.status).toBe(201);
    await messageStatus(conversation.id, reply.body.id, 'sent');
    const sent = x.requests.filter((r) => r.path.startsWith('/2/dm_conversations/'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: '/2/dm_conversations/with/987654321012345678/messages',
      accessToken: 'x-user-token-for-tests',
      body: { text: 'We kijken het direct na.' },
    });
  });

  it('answers a mention in public as a reply to the post, after a rate limit lifts', async () => {
    expect((await postX(app.url, payload('x-tweet-mention.json'))).status).toBe(200);
    const conversation = await conversationWith('niemand reageert');
    mentionId = conversation.id;
    const reset = Math.ceil(Date.now() / 1000) + 4;
    x.failNext(
      429,
      { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
      1,
      { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) },
    );
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Sorry voor het wachten! We sturen je een DM.',
      visibility: 'public',
    });
    expect(reply.status).toBe(201);
    await messageStatus(conversation.id, reply.body.id, 'sent');
    // Sent again when the limit lifted, not on the queue's short backoff before it.
    expect(Date.now()).toBeGreaterThanOrEqual(reset * 1000);
    const tweets = x.requests.filter((r) => r.path === '/2/tweets');
    expect(tweets).toHaveLength(2);
    expect(tweets[1].body).toEqual({
      text: 'Sorry voor het wachten! We sturen je een DM.',
      reply: { in_reply_to_tweet_id: '1986013345678901234' },
    });
  });

  it('refuses a public X reply over 280 characters at once, in plain words', async () => {
    const before = x.requests.length;
    const reply = await agent.post<{ code: string; message: string }>(
      `/api/conversations/${mentionId}/replies`,
      { text: 'a'.repeat(281), visibility: 'public' },
    );
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('TOO_LONG_FOR_CHANNEL');
    expect(reply.body.message).toContain('280');
    expect(x.requests).toHaveLength(before);
  });

  it('answers an SMS through Twilio and follows its signed status callbacks', async () => {
    expect((await postTwilio(app.url, payload('twilio-sms.form').toString())).status).toBe(200);
    const conversation = await conversationWith('bestelling');
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Dag Sanne, we hebben je bestelling geannuleerd.',
    });
    expect(reply.status).toBe(201);
    await messageStatus(conversation.id, reply.body.id, 'sent');
    const [sent] = twilio.requests;
    expect(sent.path).toBe(`/2010-04-01/Accounts/${SID}/Messages.json`);
    expect(sent.body).toEqual({
      To: '+31612345678',
      From: '+3197010253123',
      Body: 'Dag Sanne, we hebben je bestelling geannuleerd.',
      StatusCallback: `${TEST_SECRETS.PUBLIC_URL}/webhooks/twilio`,
    });
    const messageSid = (sent.body as Record<string, string>) && 'SM' + '1'.padStart(32, '0');
    const status = (state: string, extra = '') =>
      `MessageSid=${messageSid}&MessageStatus=${state}&AccountSid=${SID}&From=%2B3197010253123&To=%2B31612345678&ApiVersion=2010-04-01${extra}`;
    const unsigned = await postWebhook(app.url, '/webhooks/twilio', status('delivered'), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': 'AAAA',
    });
    expect(unsigned.status).toBe(401);
    expect((await postTwilio(app.url, status('delivered'))).status).toBe(200);
    await messageStatus(conversation.id, reply.body.id, 'delivered');
  });

  it('shows a failed SMS delivery in plain words', async () => {
    const conversation = await conversationWith('bestelling');
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Nog een vraag: klopt je adres?',
    });
    await messageStatus(conversation.id, reply.body.id, 'sent');
    const messageSid = 'SM' + String(twilio.requests.length).padStart(32, '0');
    const form = `MessageSid=${messageSid}&MessageStatus=undelivered&ErrorCode=30005&AccountSid=${SID}&From=%2B3197010253123&To=%2B31612345678`;
    expect((await postTwilio(app.url, form)).status).toBe(200);
    const failed = await messageStatus(conversation.id, reply.body.id, 'failed');
    expect(failed.deliveryError).toContain('does not exist');
  });
});
