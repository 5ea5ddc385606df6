import type { ConversationSummary, MessageView } from '@webcare/shared';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { messengerDelivery, pageCommentDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';
import { io } from 'socket.io-client';
import { connectSocket, record, type AppSocket } from '../support/socket';

describe('conversations, auth and realtime (black box)', () => {
  let app: RunningApp;
  let agentToken: string;
  let agent: ReturnType<typeof client>;
  let agent2: ReturnType<typeof client>;
  let socket: AppSocket;

  beforeAll(async () => {
    app = await startApp();
    agentToken = (await login(app.url, 'agent@example.org')).accessToken;
    agent = client(app.url, agentToken);
    agent2 = client(app.url, (await login(app.url, 'agent2@example.org')).accessToken);
    socket = await connectSocket(app.url, agentToken);
  });
  afterAll(async () => {
    socket?.close();
    await app.stop();
  });

  describe('auth', () => {
    it('logs in with the demo users and tells who is logged in', async () => {
      const result = await login(app.url, 'advisor@example.org');
      expect(result.user).toMatchObject({ email: 'advisor@example.org', role: 'advisor' });
      const me = await client(app.url, result.accessToken).get('/api/me');
      expect(me).toMatchObject({ status: 200, body: { email: 'advisor@example.org', role: 'advisor' } });
    });

    it('refuses wrong credentials with 401, bad input with 400, and rate-limits repeated failures with 429', async () => {
      const attempt = (body: unknown) =>
        fetch(`${app.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const wrong = await attempt({ email: 'agent2@example.org', password: 'nope' });
      expect(wrong.status).toBe(401);
      expect(await wrong.json()).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED' });
      expect((await attempt({ email: 'not-an-email' })).status).toBe(400);
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await attempt({ email: 'supervisor@example.org', password: `guess-${i}` })).status);
      expect(statuses).toContain(429);
      // The right password is refused too while blocked: guessing gains nothing.
      expect((await attempt({ email: 'supervisor@example.org', password: 'webcare-demo' })).status).toBe(429);
    });

    it('denies the API without a token, and the socket without one', async () => {
      expect((await fetch(`${app.url}/api/conversations`)).status).toBe(401);
      expect(
        (await fetch(`${app.url}/api/teams`, { headers: { authorization: 'Bearer forged.token.here' } }))
          .status,
      ).toBe(401);
      // The server drops a socket with a bad token right after the handshake.
      const forged = io(app.url, {
        path: '/socket.io',
        auth: { token: 'forged' },
        transports: ['websocket'],
        reconnection: false,
      });
      await new Promise((r) => setTimeout(r, 1500));
      expect(forged.connected).toBe(false);
      forged.close();
    });

    it('lists the teams', async () => {
      const teams = await agent.get<{ name: string; kind: string }[]>('/api/teams');
      expect(teams.body.map((t) => t.name)).toEqual(
        expect.arrayContaining(['Regio Noord', 'Regio Zuid', 'Gedragsdeskundigen']),
      );
    });
  });

  describe('the queue', () => {
    let conversationId: string;

    it('shows a webhook message live on the socket and over REST', async () => {
      const created = record(socket, 'conversation.created');
      const messages = record(socket, 'message.created');
      expect(
        (
          await postMeta(
            app.url,
            '/webhooks/meta',
            messengerDelivery({ mid: 'm_live_1', senderId: '5551', text: 'Kan ik mijn afspraak verzetten?' }),
          )
        ).status,
      ).toBe(200);
      const summary = await eventually(async () =>
        created.find((c) => c.lastMessagePreview.includes('afspraak verzetten')),
      );
      expect(summary).toMatchObject({
        channel: 'messenger',
        visibility: 'private',
        status: 'new',
        assignee: null,
        unread: true,
      });
      expect(summary.slaDueAt).not.toBeNull();
      const pushed = await eventually(async () => messages.find((m) => m.conversationId === summary.id));
      // What the message is about, named in both languages, live and in the thread.
      const appointments = [{ code: 'afspraken', labels: { nl: 'Afspraken', en: 'Appointments' } }];
      expect(pushed.message.topics).toEqual(appointments);
      conversationId = summary.id;
      const page = await agent.conversations();
      expect(page.items.map((c) => c.id)).toContain(conversationId);
      const detail = await agent.conversation(conversationId);
      expect(detail.messages).toEqual([
        expect.objectContaining({
          direction: 'in',
          text: 'Kan ik mijn afspraak verzetten?',
          deliveryStatus: 'received',
          topics: appointments,
        }),
      ]);
      expect(detail.replyVisibilities).toEqual(['private']);
    });

    it('threads a second message from the same person into the same conversation', async () => {
      await postMeta(
        app.url,
        '/webhooks/meta',
        messengerDelivery({ mid: 'm_live_2', senderId: '5551', text: 'Liefst op dinsdag.' }),
      );
      const detail = await eventually(async () => {
        const d = await agent.conversation(conversationId);
        return d.messages.length === 2 ? d : undefined;
      });
      expect(detail.lastMessagePreview).toBe('Liefst op dinsdag.');
    });

    it('filters by channel, status and assignee, and pages with a cursor without gaps or repeats', async () => {
      for (let i = 0; i < 7; i++)
        await postMeta(
          app.url,
          '/webhooks/meta',
          messengerDelivery({ mid: `m_page_${i}`, senderId: `66${i}`, text: `Vraag ${i}` }),
        );
      await postMeta(
        app.url,
        '/webhooks/meta',
        pageCommentDelivery({
          commentId: 'c_filter_1',
          authorId: '777',
          name: 'Sanne',
          text: 'Wanneer is de open dag?',
        }),
      );
      await eventually(async () =>
        (await agent.conversations('?limit=200')).items.length >= 9 ? true : undefined,
      );
      const comments = await agent.conversations('?channel=facebook_comment');
      expect(comments.items.length).toBeGreaterThan(0);
      expect(comments.items.every((c) => c.channel === 'facebook_comment' && c.visibility === 'public')).toBe(
        true,
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await agent.conversations(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      const all = (await agent.conversations('?limit=200')).items.map((c) => c.id);
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
      expect((await agent.get('/api/conversations?status=bogus')).status).toBe(400);
      expect((await agent.conversations('?assignee=none')).items.every((c) => c.assignee === null)).toBe(
        true,
      );
    });

    it('assigns: one holder at a time, 409 for the other agent', async () => {
      const updates = record(socket, 'conversation.updated');
      const mine = await agent.post<ConversationSummary>(`/api/conversations/${conversationId}/assign`);
      expect(mine.status).toBe(200);
      expect(mine.body.assignee?.name).toBe('Anouk de Wit');
      const theirs = await agent2.post(`/api/conversations/${conversationId}/assign`);
      expect(theirs.status).toBe(409);
      expect(theirs.body).toMatchObject({ statusCode: 409, code: 'CONVERSATION_HELD_BY_OTHER' });
      await eventually(async () =>
        updates.find((u) => u.id === conversationId && u.assignee?.name === 'Anouk de Wit'),
      );
      expect((await agent.conversations('?assignee=me')).items.map((c) => c.id)).toContain(conversationId);
    });

    it('replies: stored as queued, sent by the worker (sandbox in demo), pushed live', async () => {
      const updated = record(socket, 'message.updated');
      socket.emit('conversation.view', { conversationId });
      await new Promise((r) => setTimeout(r, 100));
      const reply = await agent.post<MessageView>(`/api/conversations/${conversationId}/replies`, {
        text: 'Dat kan, we bellen u dinsdag.',
      });
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({
        direction: 'out',
        deliveryStatus: 'queued',
        author: { name: 'Anouk de Wit' },
        topics: [],
      });
      await eventually(async () =>
        updated.find((u) => u.message.id === reply.body.id && u.message.deliveryStatus === 'sent'),
      );
      const detail = await agent.conversation(conversationId);
      expect(detail.messages.at(-1)).toMatchObject({ id: reply.body.id, deliveryStatus: 'sent' });
      expect(detail.slaDueAt).toBeNull();
      expect(detail.status).toBe('open');
    });

    it('refuses an empty reply and a public reply on a private channel', async () => {
      expect((await agent.post(`/api/conversations/${conversationId}/replies`, { text: '   ' })).status).toBe(
        400,
      );
      const publicOnDm = await agent.post(`/api/conversations/${conversationId}/replies`, {
        text: 'Hoi',
        visibility: 'public',
      });
      expect(publicOnDm).toMatchObject({ status: 400, body: { code: 'VISIBILITY_NOT_ALLOWED' } });
      expect(
        (await agent.post(`/api/conversations/${conversationId}/replies`, { text: 'Hoi', extra: 1 })).status,
      ).toBe(400);
    });

    it('adds internal notes that are never sent', async () => {
      const note = await agent.post<MessageView>(`/api/conversations/${conversationId}/notes`, {
        text: 'Mevrouw belt liever niet.',
      });
      expect(note.status).toBe(201);
      expect(note.body.direction).toBe('note');
    });

    it('changes status along allowed paths only', async () => {
      expect(
        (await agent.post(`/api/conversations/${conversationId}/status`, { status: 'escalated' })).status,
      ).toBe(409);
      expect(
        (await agent.post(`/api/conversations/${conversationId}/status`, { status: 'resolved' })).body,
      ).toMatchObject({ status: 'resolved' });
      // The person writes again: the conversation reopens by itself.
      await postMeta(
        app.url,
        '/webhooks/meta',
        messengerDelivery({ mid: 'm_reopen', senderId: '5551', text: 'Nog een vraag!' }),
      );
      await eventually(async () =>
        (await agent.conversation(conversationId)).status === 'open' ? true : undefined,
      );
    });

    it('gives advisors only what is escalated to their teams, over REST and the socket', async () => {
      const advisorToken = (await login(app.url, 'advisor@example.org')).accessToken;
      const advisor = client(app.url, advisorToken);
      expect((await advisor.conversations()).items).toEqual([]);
      expect([403, 404]).toContain((await advisor.get(`/api/conversations/${conversationId}`)).status);
      // Asking to watch the conversation does not let its messages through either.
      const advisorSocket = await connectSocket(app.url, advisorToken);
      const seen = record(advisorSocket, 'message.created');
      advisorSocket.emit('conversation.view', { conversationId });
      await new Promise((r) => setTimeout(r, 300));
      await postMeta(
        app.url,
        '/webhooks/meta',
        messengerDelivery({ mid: 'm_not_for_advisor', senderId: '5551', text: 'Alleen voor de webcare' }),
      );
      await eventually(async () =>
        (await agent.conversation(conversationId)).messages.some((m) => m.text === 'Alleen voor de webcare')
          ? true
          : undefined,
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(seen.filter((m) => m.conversationId === conversationId)).toEqual([]);
      advisorSocket.close();
    });

    it('answers unknown ids with 404 in the error shape', async () => {
      const missing = await agent.get('/api/conversations/00000000-0000-4000-8000-000000000000');
      expect(missing).toMatchObject({
        status: 404,
        body: { statusCode: 404, code: 'CONVERSATION_NOT_FOUND' },
      });
      expect(typeof (missing.body as { correlationId?: string }).correlationId).toBe('string');
    });

    it('offers public and private replies on a Page comment', async () => {
      const page = await agent.conversations('?channel=facebook_comment');
      const detail = await agent.conversation(page.items[0].id);
      expect(detail.replyVisibilities).toEqual(['public', 'private']);
    });
  });

  it('serves the OpenAPI document and Prometheus metrics', async () => {
    expect((await fetch(`${app.url}/api/docs-json`)).status).toBe(200);
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toContain('webcare_http_request_duration_seconds');
  });
});
