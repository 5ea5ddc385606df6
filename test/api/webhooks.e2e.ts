import { readdirSync } from 'node:fs';
import { startApp, TEST_SECRETS, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { messengerDelivery } from '../support/deliveries';
import {
  asciiJson,
  metaSign,
  payload,
  PAYLOAD_DIR,
  postMeta,
  postWebhook,
  signatures,
  xSign,
} from '../support/payloads';

/** The person who writes in these tests unless one says otherwise. */
const SENDER = '6523987412365478';

describe('webhooks (black box)', () => {
  let app: RunningApp;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    app = await startApp();
    api = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
  });
  afterAll(() => app.stop());

  const allMessages = async () => {
    const page = await api.conversations('?limit=200');
    const details = await Promise.all(page.items.map((c) => api.conversation(c.id)));
    return details.flatMap((d) =>
      d.messages.map((m) => ({ ...m, channel: d.channel, visibility: d.visibility })),
    );
  };

  it('answers the health check', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('completes the Meta and WhatsApp subscription handshakes, and refuses a wrong token', async () => {
    for (const route of ['/webhooks/meta', '/webhooks/whatsapp']) {
      const ok = await fetch(
        `${app.url}${route}?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${TEST_SECRETS.META_VERIFY_TOKEN}`,
      );
      expect(ok.status).toBe(200);
      expect(await ok.text()).toBe('1158201444');
      const wrong = await fetch(
        `${app.url}${route}?hub.mode=subscribe&hub.challenge=1&hub.verify_token=meatyhamhock`,
      );
      expect(wrong.status).toBe(403);
    }
  });

  it('answers the X challenge-response check', async () => {
    const response = await fetch(
      `${app.url}/webhooks/x?crc_token=ZTU3YWQ4NTYtNGJjZS00ZGQzLTk3ZDMtNWM1ZTZlZWQ3ODVm`,
    );
    expect(await response.json()).toEqual({ response_token: signatures()['x-crc-get.http'].response_token });
  });

  it('never signs a forged X delivery through the challenge-response check', async () => {
    const forged = JSON.stringify({
      for_user_id: '4337869213',
      tweet_create_events: [
        {
          id_str: '1900000000000000001',
          text: '@zorg ik wil dood',
          user: { id_str: '99', name: 'Forger', screen_name: 'forger' },
          timestamp_ms: String(Date.now()),
        },
      ],
    });
    const asked = await fetch(`${app.url}/webhooks/x?crc_token=${encodeURIComponent(forged)}`);
    expect(asked.status).toBe(400);
    expect(await asked.text()).not.toContain('sha256=');

    // A body equal to a token that was answered is refused even with that token's answer as signature.
    const token = 'dG9rZW4tdGhhdC13YXMtYW5zd2VyZWQ';
    const answer = (await (await fetch(`${app.url}/webhooks/x?crc_token=${token}`)).json()) as {
      response_token: string;
    };
    const replayed = await postWebhook(app.url, '/webhooks/x', token, {
      'content-type': 'application/json',
      'x-twitter-webhooks-signature': answer.response_token,
    });
    expect(replayed.status).toBe(401);
  });

  it('takes every provider payload in its real wire format, signed as the provider signs it', async () => {
    const signed = signatures();
    const files = readdirSync(PAYLOAD_DIR).filter(
      (f) => (f.endsWith('.json') || f.endsWith('.form')) && !f.startsWith('_') && !f.startsWith('linkedin'),
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const headers = { ...signed[file] };
      const route = file.startsWith('x-')
        ? '/webhooks/x'
        : file.startsWith('twilio')
          ? new URL(headers._request.split(' ')[1]).pathname
          : file.startsWith('whatsapp')
            ? '/webhooks/whatsapp'
            : '/webhooks/meta';
      delete headers._request;
      const result = await postWebhook(app.url, route, payload(file), headers);
      expect({ file, status: result.status }).toEqual({ file, status: 200 });
    }
    const messages = await eventually(
      async () => {
        const all = await allMessages();
        const expected = [
          'afspraak van donderdag',
          'winteractie',
          'maat M verkrijgbaar',
          'bestelling 458921',
          'fiets staat al',
        ];
        return expected.every((part) => all.some((m) => m.text.includes(part))) ? all : undefined;
      },
      20_000,
      'payload messages in conversations',
    );
    const byText = (part: string) => messages.find((m) => m.text.includes(part));
    expect(byText('afspraak van donderdag verzetten')).toMatchObject({
      channel: 'whatsapp',
      direction: 'in',
    });
    expect(byText('winteractie')).toMatchObject({ channel: 'facebook_comment', visibility: 'public' });
    expect(byText('maat M verkrijgbaar')).toMatchObject({ channel: 'instagram_dm' });
    expect(byText('bestelling 458921')).toMatchObject({ channel: 'sms' });
    expect(byText('fiets staat al twee weken')).toMatchObject({ channel: 'x_dm' });
    // Echoes of our own messages never become inbound messages.
    const echoText = JSON.parse(payload('messenger-echo.json').toString()).entry[0].messaging[0].message
      .text as string;
    expect(messages.filter((m) => m.direction === 'in' && m.text === echoText)).toHaveLength(0);
  });

  it('stores each message of a batch, and a redelivery only once', async () => {
    const body = Buffer.from(
      asciiJson({
        object: 'page',
        entry: [1, 2].map((n) => ({
          id: '104523889012345',
          time: Date.now(),
          messaging: [
            {
              sender: { id: `70000000000000${n}` },
              recipient: { id: '104523889012345' },
              timestamp: Date.now(),
              message: { mid: `m_batch_${n}`, text: `Batchbericht ${n}` },
            },
          ],
        })),
      }),
    );
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    const batch = async () => (await allMessages()).filter((m) => m.text.startsWith('Batchbericht'));
    await eventually(async () => ((await batch()).length >= 2 ? true : undefined));
    await new Promise((r) => setTimeout(r, 1500));
    expect((await batch()).map((m) => m.text).sort()).toEqual(['Batchbericht 1', 'Batchbericht 2']);
  });

  it('verifies over the raw bytes: escaped and raw UTF-8 bodies both arrive intact', async () => {
    const text = 'Wordt mijn cliënt geëvalueerd? Groetjes, Zoë 🙂';
    expect(
      (
        await postMeta(
          app.url,
          '/webhooks/meta',
          messengerDelivery({ mid: 'm_utf8_escaped', senderId: '711', text }),
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await postMeta(
          app.url,
          '/webhooks/meta',
          messengerDelivery({ mid: 'm_utf8_raw', senderId: '712', text, rawUtf8: true }),
        )
      ).status,
    ).toBe(200);
    const found = await eventually(async () => {
      const all = (await allMessages()).filter((m) => m.text === text);
      return all.length === 2 ? all : undefined;
    });
    expect(found).toHaveLength(2);
  });

  it('refuses bad or missing signatures with 401 and stores nothing', async () => {
    const body = messengerDelivery({ mid: 'm_forged', senderId: SENDER, text: 'Vervalst bericht' });
    const wrong = await postWebhook(app.url, '/webhooks/meta', body, {
      'content-type': 'application/json',
      'x-hub-signature-256': metaSign(body, 'wrong-secret'),
    });
    const missing = await postWebhook(app.url, '/webhooks/meta', body, {
      'content-type': 'application/json',
    });
    const tampered = await postWebhook(app.url, '/webhooks/meta', body.replace('Vervalst', 'Veranderd'), {
      'content-type': 'application/json',
      'x-hub-signature-256': metaSign(body),
    });
    const xWrong = await postWebhook(app.url, '/webhooks/x', payload('x-dm-event.json'), {
      'content-type': 'application/json',
      'x-twitter-webhooks-signature': xSign('other'),
    });
    const twilioWrong = await postWebhook(app.url, '/webhooks/twilio', payload('twilio-sms.form'), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': 'AAAA',
    });
    expect([wrong.status, missing.status, tampered.status, xWrong.status, twilioWrong.status]).toEqual([
      401, 401, 401, 401, 401,
    ]);
    expect(JSON.parse(wrong.text)).toMatchObject({ statusCode: 401, code: 'WEBHOOK_SIGNATURE_INVALID' });
    await new Promise((r) => setTimeout(r, 800));
    expect(
      (await allMessages()).some((m) => m.text.includes('Vervalst') || m.text.includes('Veranderd')),
    ).toBe(false);
  });

  it('refuses malformed bodies with 400 and oversized ones with 413', async () => {
    const notJson = await postMeta(app.url, '/webhooks/meta', '{"object": "page", "entry": [');
    const wrongShape = await postMeta(app.url, '/webhooks/meta', '{"object":"page","entry":"nope"}');
    const wrongObject = await postMeta(app.url, '/webhooks/whatsapp', '{"object":"page","entry":[]}');
    expect([notJson.status, wrongShape.status, wrongObject.status]).toEqual([400, 400, 400]);
    expect(JSON.parse(notJson.text)).toMatchObject({ code: 'WEBHOOK_MALFORMED' });
    const huge = messengerDelivery({ mid: 'm_huge', senderId: SENDER, text: 'x'.repeat(6 * 1024 * 1024) });
    expect((await postMeta(app.url, '/webhooks/meta', huge)).status).toBe(413);
    // A large but allowed WhatsApp delivery (3 MB) is taken.
    const big = messengerDelivery({ mid: 'm_big', senderId: SENDER, text: 'y'.repeat(3 * 1024 * 1024) });
    expect((await postMeta(app.url, '/webhooks/meta', big)).status).toBe(200);
  });

  it('stores text with a NUL or a lone surrogate, and refuses impossible times with 400', async () => {
    const nul = messengerDelivery({ mid: 'm_poison_nul', senderId: SENDER, text: 'Nul\u0000teken' });
    const surrogate = messengerDelivery({ mid: 'm_poison_sur', senderId: SENDER, text: 'Hoi \ud800 daar' });
    expect(nul).toContain('\\u0000');
    expect(surrogate).toContain('\\ud800');
    expect((await postMeta(app.url, '/webhooks/meta', nul)).status).toBe(200);
    expect((await postMeta(app.url, '/webhooks/meta', surrogate)).status).toBe(200);
    for (const at of [8_640_000_000_000, 8_640_000_000_000_000, Date.now() + 7 * 86_400_000]) {
      const late = messengerDelivery({ mid: `m_poison_time_${at}`, senderId: SENDER, text: 'Tijd', at });
      const response = await postMeta(app.url, '/webhooks/meta', late);
      expect([at, response.status]).toEqual([at, 400]);
      expect(JSON.parse(response.text)).toMatchObject({ code: 'WEBHOOK_MALFORMED' });
    }
    const texts = async () => (await allMessages()).map((m) => m.text);
    await eventually(async () => {
      const all = await texts();
      return all.includes('Nulteken') && all.includes('Hoi \ufffd daar') ? true : undefined;
    });
  });

  it('ignores unknown fields instead of rejecting them', async () => {
    const body = JSON.parse(
      messengerDelivery({ mid: 'm_unknown_fields', senderId: SENDER, text: 'Onbekende velden' }),
    );
    body.entry[0].brand_new_field = { nested: true };
    body.entry[0].messaging[0].message.future = 'x';
    expect((await postMeta(app.url, '/webhooks/meta', asciiJson(body))).status).toBe(200);
    await eventually(async () => (await allMessages()).find((m) => m.text === 'Onbekende velden'));
  });

  it('never writes message text into the logs', async () => {
    await new Promise((r) => setTimeout(r, 500));
    const log = app.output();
    for (const secretText of [
      'afspraak van donderdag',
      'Batchbericht',
      'geëvalueerd',
      'bestelling 458921',
      'Onbekende velden',
    ]) {
      expect(log).not.toContain(secretText);
    }
  });
});
