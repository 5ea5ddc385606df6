import type { ConversationSummary, MessageView } from '@webcare/shared';
import { Client } from 'pg';
import {
  graphError,
  startFakeProvider,
  type FakeProvider,
} from '../../api/src/channels/testing/fake-provider';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import {
  messengerDelivery,
  PAGE_ID as PAGE,
  pageCommentDelivery,
  PHONE_ID,
  WHATSAPP_ACCOUNT_ID,
  whatsappDelivery,
  whatsappMessageDelivery,
  whatsappTextDelivery,
} from '../support/deliveries';
import { postMeta } from '../support/payloads';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const databaseUrl = (app: RunningApp) => {
  const url = new URL(app.databaseAdminUrl);
  url.pathname = `/${app.databaseName}`;
  return url.toString();
};

describe('sending replies through the providers (black box, fake Graph API on loopback)', () => {
  let provider: FakeProvider;
  let app: RunningApp;
  let agent: ReturnType<typeof client>;

  beforeAll(async () => {
    provider = await startFakeProvider({
      profiles: { '4471': { first_name: 'Fatima', last_name: 'El Amrani' } },
      media: { '1013859600285441': { bytes: PNG, mimeType: 'image/png' } },
    });
    app = await startApp({
      OUTBOUND_TRANSPORT: 'live',
      META_GRAPH_URL: provider.baseUrl,
      META_ACCESS_TOKEN: 'page-token-for-tests',
      WHATSAPP_ACCESS_TOKEN: 'wa-token-for-tests',
      WHATSAPP_BUSINESS_ACCOUNT_ID: WHATSAPP_ACCOUNT_ID,
    });
    agent = client(app.url, (await login(app.url, 'agent@example.org')).accessToken);
  });
  afterAll(async () => {
    await app.stop();
    await provider.close();
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

  it('sends a Messenger reply with the Send API and records the provider id', async () => {
    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: 'm_out_1', senderId: '4441', text: 'Hebben jullie parkeerplaatsen?' }),
    );
    const conversation = await conversationWith('parkeerplaatsen');
    const before = provider.requests.length;
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Ja, bij de hoofdingang.',
    });
    expect(reply.status).toBe(201);
    await messageStatus(conversation.id, reply.body.id, 'sent');
    const sent = provider.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: `/${PAGE}/messages`,
      accessToken: 'page-token-for-tests',
    });
    expect(sent[0].body).toMatchObject({
      recipient: { id: '4441' },
      message: { text: 'Ja, bij de hoofdingang.' },
    });
  });

  it('retries a temporary provider error and still sends exactly once', async () => {
    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: 'm_out_2', senderId: '4442', text: 'Zijn jullie morgen open?' }),
    );
    const conversation = await conversationWith('morgen open');
    const before = provider.requests.length;
    provider.failNext(
      500,
      graphError('An unexpected error has occurred. Please retry your request later.', 2, {
        type: 'OAuthException',
      }),
    );
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Ja, vanaf 8 uur.',
    });
    await messageStatus(conversation.id, reply.body.id, 'sent');
    const attempts = provider.requests.slice(before).filter((r) => r.path === `/${PAGE}/messages`);
    expect(attempts).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(provider.requests.slice(before).filter((r) => r.path === `/${PAGE}/messages`)).toHaveLength(2);
  });

  it('marks a refused WhatsApp send as failed, in plain words, without retrying', async () => {
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappTextDelivery({ id: 'wamid.in.1', from: '31611112222', text: 'Mijn pas is kwijt' }),
    );
    const conversation = await conversationWith('pas is kwijt');
    provider.failNext(
      400,
      graphError('(#131047) Re-engagement message', 131047, {
        error_data: {
          details:
            'Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
        },
      }),
    );
    const before = provider.requests.length;
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'We sturen een nieuwe pas.',
    });
    const failed = await messageStatus(conversation.id, reply.body.id, 'failed');
    expect(failed.deliveryError).toMatch(/24 hours/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(provider.requests.slice(before)).toHaveLength(1);
  });

  it('refuses free text 26 hours after a WhatsApp message at once, in plain words', async () => {
    const at = Math.floor((Date.now() - 26 * 3600_000) / 1000);
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappDelivery({
        contacts: [{ profile: { name: 'Sanne' }, wa_id: '31655556666' }],
        messages: [
          {
            from: '31655556666',
            id: 'wamid.old.1',
            timestamp: String(at),
            type: 'text',
            text: { body: 'Gisteren gevraagd: mijn recept' },
          },
        ],
      }),
    );
    const conversation = await conversationWith('mijn recept');
    const detail = await agent.conversation(conversation.id);
    expect(new Date(detail.messagingWindow?.closesAt ?? 0).getTime()).toBe((at + 24 * 3600) * 1000);
    const before = provider.requests.length;
    const reply = await agent.post<{ code: string; message: string }>(
      `/api/conversations/${conversation.id}/replies`,
      { text: 'Je recept staat klaar.' },
    );
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('WINDOW_CLOSED');
    expect(reply.body.message).toMatch(/24 hours.*template/);
    await new Promise((r) => setTimeout(r, 500));
    expect(provider.requests.slice(before)).toHaveLength(0);

    // The approved templates of the Business Account instead, with their variables filled in.
    const templates = await agent.get<{ items: { name: string; language: string; variables: string[] }[] }>(
      `/api/conversations/${conversation.id}/templates`,
    );
    expect(templates.status).toBe(200);
    expect(templates.body.items.map((t) => t.name)).toEqual(['afspraak_herinnering', 'terugbel_verzoek']);
    expect(provider.requests.some((r) => r.path === `/${WHATSAPP_ACCOUNT_ID}/message_templates`)).toBe(true);
    const missing = await agent.post<{ code: string }>(`/api/conversations/${conversation.id}/templates`, {
      name: 'afspraak_herinnering',
      language: 'nl',
      variables: ['Sanne'],
    });
    expect(missing.status).toBe(400);
    const sent = await agent.post<MessageView>(`/api/conversations/${conversation.id}/templates`, {
      name: 'afspraak_herinnering',
      language: 'nl',
      variables: ['Sanne', 'uw recept'],
    });
    expect(sent.status).toBe(201);
    expect(sent.body.text).toBe(
      'Beste Sanne, we hebben uw bericht gezien. Wilt u ons bellen over uw recept?',
    );
    await messageStatus(conversation.id, sent.body.id, 'sent');
    const request = provider.requests.slice(before).find((r) => r.path === `/${PHONE_ID}/messages`);
    expect(request?.body).toMatchObject({
      to: '31655556666',
      type: 'template',
      template: { name: 'afspraak_herinnering', language: { code: 'nl' } },
    });
  });

  it('answers Messenger after 24 hours with the HUMAN_AGENT tag, and refuses after 7 days', async () => {
    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({
        mid: 'm_tag_1',
        senderId: '4451',
        text: 'Vraag van drie dagen terug',
        at: Date.now() - 3 * 86400_000,
      }),
    );
    const tagged = await conversationWith('drie dagen terug');
    const before = provider.requests.length;
    const reply = await agent.post<MessageView>(`/api/conversations/${tagged.id}/replies`, {
      text: 'Excuses voor het late antwoord.',
    });
    expect(reply.status).toBe(201);
    await messageStatus(tagged.id, reply.body.id, 'sent');
    expect(provider.requests.slice(before)[0].body).toMatchObject({
      messaging_type: 'MESSAGE_TAG',
      tag: 'HUMAN_AGENT',
    });

    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({
        mid: 'm_tag_2',
        senderId: '4452',
        text: 'Vraag van acht dagen terug',
        at: Date.now() - 8 * 86400_000,
      }),
    );
    const old = await conversationWith('acht dagen terug');
    const refused = await agent.post<{ code: string; message: string }>(
      `/api/conversations/${old.id}/replies`,
      {
        text: 'Excuses voor het late antwoord.',
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('WINDOW_CLOSED');
    expect(refused.body.message).toContain('7 days');
  });

  it('names a Messenger sender from the Graph API, and keeps the placeholder when refused', async () => {
    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: 'm_name_1', senderId: '4471', text: 'Wie kan mij helpen met mijn pasje' }),
    );
    const named = await conversationWith('helpen met mijn pasje');
    expect(named.contact.displayName).toBe('Fatima El Amrani');
    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: 'm_name_2', senderId: '4472', text: 'Graag een terugbelverzoek' }),
    );
    const refused = await conversationWith('terugbelverzoek');
    expect(refused.contact.displayName).toMatch(/^Onbekend/);
    const lookups = provider.requests.filter((r) => r.method === 'GET' && r.path === '/4471');
    // A second message from the same person is not looked up again: the stored name is the cache.
    await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: 'm_name_3', senderId: '4471', text: 'Nog een vraag over mijn pasje' }),
    );
    await conversationWith('Nog een vraag over mijn pasje');
    expect(provider.requests.filter((r) => r.method === 'GET' && r.path === '/4471')).toHaveLength(
      lookups.length,
    );
  });

  it('shows a WhatsApp image to signed-in users only, fetched with the number token', async () => {
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappMessageDelivery({
        id: 'wamid.img.1',
        from: '31677778888',
        content: {
          type: 'image',
          image: {
            id: '1013859600285441',
            mime_type: 'image/png',
            sha256: 'c0ffee',
            caption: 'Foto van mijn pasje',
          },
        },
      }),
    );
    const conversation = await conversationWith('Foto van mijn pasje');
    const detail = await agent.conversation(conversation.id);
    const url = detail.messages[0].attachments[0].url;
    expect(url).toBe(`/api/conversations/${conversation.id}/messages/${detail.messages[0].id}/media/0`);
    expect((await fetch(`${app.url}${url}`)).status).toBe(401);
    const token = (await login(app.url, 'agent@example.org')).accessToken;
    const first = await fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await first.arrayBuffer()).equals(PNG)).toBe(true);
    // Kept after the first fetch: the provider is asked once.
    const again = await fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
    expect(again.status).toBe(200);
    expect(provider.requests.filter((r) => r.path === '/media-download/1013859600285441')).toHaveLength(1);
  });

  it('sends a WhatsApp reply, then follows delivered and read statuses from webhooks', async () => {
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      whatsappTextDelivery({ id: 'wamid.in.2', from: '31633334444', text: 'Wat is het adres van de poli?' }),
    );
    const conversation = await conversationWith('adres van de poli');
    const before = provider.requests.length;
    const reply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Stationsweg 1.',
    });
    await messageStatus(conversation.id, reply.body.id, 'sent');
    const request = provider.requests.slice(before).find((r) => r.path === `/${PHONE_ID}/messages`);
    expect(request?.body).toMatchObject({
      messaging_product: 'whatsapp',
      to: '31633334444',
      type: 'text',
      text: { body: 'Stationsweg 1.' },
    });
    expect(request?.accessToken).toBe('wa-token-for-tests');
    // The provider's id of our message is what its status webhooks name; read it where it is kept.
    const db = new Client({ connectionString: databaseUrl(app) });
    await db.connect();
    const [{ provider_message_id: wamid }] = (
      await db.query('SELECT provider_message_id FROM messages WHERE id = $1', [reply.body.id])
    ).rows;
    await db.end();
    expect(wamid).toMatch(/^wamid\./);
    const status = (state: string) =>
      whatsappDelivery({
        statuses: [
          {
            id: wamid,
            status: state,
            timestamp: String(Math.floor(Date.now() / 1000)),
            recipient_id: '31633334444',
          },
        ],
      });
    expect((await postMeta(app.url, '/webhooks/whatsapp', status('delivered'))).status).toBe(200);
    await messageStatus(conversation.id, reply.body.id, 'delivered');
    expect((await postMeta(app.url, '/webhooks/whatsapp', status('read'))).status).toBe(200);
    await messageStatus(conversation.id, reply.body.id, 'read');
    // A late 'delivered' never steps back from read.
    await postMeta(
      app.url,
      '/webhooks/whatsapp',
      status('delivered')
        .replace('"delivered"', '"delivered"')
        .replace(/"timestamp":"\d+"/, '"timestamp":"1762428610"'),
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(
      (await agent.conversation(conversation.id)).messages.find((m) => m.id === reply.body.id)
        ?.deliveryStatus,
    ).toBe('read');
  });

  it('answers a public Page comment publicly, or privately to its author', async () => {
    await postMeta(
      app.url,
      '/webhooks/meta',
      pageCommentDelivery({
        commentId: '122145678901234567_900',
        authorId: '8881',
        name: 'Henk',
        text: 'Is de spoedpost vannacht open?',
      }),
    );
    const conversation = await conversationWith('spoedpost');
    let before = provider.requests.length;
    const publicReply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'Ja, 24 uur per dag.',
      visibility: 'public',
    });
    await messageStatus(conversation.id, publicReply.body.id, 'sent');
    expect(provider.requests.slice(before)[0]).toMatchObject({
      path: '/122145678901234567_900/comments',
      body: { message: 'Ja, 24 uur per dag.' },
    });
    before = provider.requests.length;
    const privateReply = await agent.post<MessageView>(`/api/conversations/${conversation.id}/replies`, {
      text: 'We sturen u een bericht.',
      visibility: 'private',
    });
    await messageStatus(conversation.id, privateReply.body.id, 'sent');
    expect(provider.requests.slice(before)[0]).toMatchObject({
      path: `/${PAGE}/messages`,
      body: { recipient: { comment_id: '122145678901234567_900' } },
    });
  });
});
