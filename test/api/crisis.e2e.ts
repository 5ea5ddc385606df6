import type {
  AuditPage,
  BulkStatusResult,
  ClosedWithoutResponseReport,
  ConversationSummary,
  ResponseTimeReport,
  CallBackPage,
  CallBackView,
  ConversationDetail,
  EscalationView,
  SlaPolicySet,
  TeamSummary,
} from '@webcare/shared';
import { PushEndpoint } from '../support/push-endpoint';
import { connectSocket, record, type AppSocket } from '../support/socket';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('a crisis never slips through (black box)', () => {
  let app: RunningApp;
  let agent: ReturnType<typeof client>;
  let agent2: ReturnType<typeof client>;
  let supervisor: ReturnType<typeof client>;
  let agentId: string;
  let supervisorSocket: AppSocket;
  const names = { agent: '', agent2: '' };
  let sender = 9100;

  /** A new Messenger conversation through a signed webhook; `minutesAgo` sets the person's send time. */
  async function conversationFrom(text: string, minutesAgo = 0): Promise<ConversationSummary> {
    const senderId = String(sender++);
    const sent = await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({
        mid: `m_${senderId}_${Date.now()}`,
        senderId,
        text,
        at: Date.now() - minutesAgo * 60_000,
      }),
    );
    expect(sent.status).toBe(200);
    return eventually(
      async () => (await agent.conversations('?limit=200')).items.find((c) => c.lastMessagePreview === text),
      20_000,
      'the conversation',
    );
  }

  beforeAll(async () => {
    app = await startApp();
    const agentLogin = await login(app.url, 'agent@example.org');
    agentId = agentLogin.user.id;
    agent = client(app.url, agentLogin.accessToken);
    const agent2Login = await login(app.url, 'agent2@example.org');
    agent2 = client(app.url, agent2Login.accessToken);
    names.agent = agentLogin.user.name;
    names.agent2 = agent2Login.user.name;
    const supervisorLogin = await login(app.url, 'supervisor@example.org');
    supervisor = client(app.url, supervisorLogin.accessToken);
    supervisorSocket = await connectSocket(app.url, supervisorLogin.accessToken);
  });
  afterAll(async () => {
    supervisorSocket?.disconnect();
    await app.stop();
  });

  describe('no silent close of unanswered urgent work', () => {
    it('refuses to close an unanswered crisis without a reason, and names the allowed reasons', async () => {
      const row = await conversationFrom('Ik wil dood, ik kan niet meer');
      expect(row.flags.map((f) => f.code)).toContain('crisis');
      expect(row.needsFirstContact).toBe(true);

      const refused = await agent.post<{ code: string; message: string }>(
        `/api/conversations/${row.id}/status`,
        { status: 'resolved' },
      );
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('UNANSWERED_URGENT');

      const unknown = await agent.post<{ message: string }>(`/api/conversations/${row.id}/status`, {
        status: 'resolved',
        reason: 'bored',
      });
      expect(unknown.status).toBe(400);
      for (const reason of ['handled_elsewhere', 'spam', 'duplicate', 'not_for_us', 'other']) {
        expect(JSON.stringify(unknown.body.message)).toContain(reason);
      }
      expect((await agent.conversation(row.id)).status).not.toBe('resolved');

      const closed = await agent.post<ConversationSummary>(`/api/conversations/${row.id}/status`, {
        status: 'resolved',
        reason: 'handled_elsewhere',
        note: 'Gebeld door de huisarts',
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({ status: 'resolved', needsFirstContact: false });

      const audit = await supervisor.get<AuditPage>(`/api/audit?conversation=${row.id}`);
      const entry = audit.body.items.find(
        (item) => item.action === 'conversation.status' && item.details.to === 'resolved',
      );
      expect(entry?.details).toMatchObject({
        reason: 'handled_elsewhere',
        note: 'Gebeld door de huisarts',
        withoutResponse: true,
      });
      expect(entry?.actor.id).toBe(agentId);
    });

    it('closes answered crisis work and ordinary work without a reason', async () => {
      const crisis = await conversationFrom('Ik zie het echt niet meer zitten, ik wil er niet meer zijn');
      expect(
        (await agent.post(`/api/conversations/${crisis.id}/replies`, { text: 'We zijn er voor je.' })).status,
      ).toBe(201);
      expect(
        (await agent.post(`/api/conversations/${crisis.id}/status`, { status: 'resolved' })).status,
      ).toBe(200);

      const plain = await conversationFrom('Hoe laat gaat de receptie open?');
      expect(plain.needsFirstContact).toBe(false);
      expect((await agent.post(`/api/conversations/${plain.id}/status`, { status: 'resolved' })).status).toBe(
        200,
      );
    });

    it('of two agents closing at once, one wins and the other is told who closed it', async () => {
      const row = await conversationFrom('Ik heb pillen gespaard en wil er vannacht een einde aan maken');
      const body = { status: 'resolved', reason: 'duplicate' };
      const results = await Promise.all([
        agent.post<{ code?: string; message?: string }>(`/api/conversations/${row.id}/status`, body),
        agent2.post<{ code?: string; message?: string }>(`/api/conversations/${row.id}/status`, body),
      ]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 409]);
      const loser = results.find((r) => r.status === 409)!;
      expect(loser.body.code).toBe('ALREADY_CLOSED');
      const winnerName = results[0].status === 200 ? names.agent : names.agent2;
      expect(loser.body.message).toContain(`closed by ${winnerName}`);
    });

    it('bulk: each conversation on its own; unanswered crisis work is refused without a reason', async () => {
      const crisis = await conversationFrom('Ik sta op het spoor en wil springen');
      const plain = await conversationFrom('Kan ik mijn afspraak verzetten naar dinsdag?');
      const result = await agent.post<BulkStatusResult>('/api/conversations/bulk/status', {
        ids: [crisis.id, plain.id],
        status: 'resolved',
      });
      expect(result.status).toBe(200);
      expect(result.body.done).toEqual([plain.id]);
      expect(result.body.refused).toEqual([
        expect.objectContaining({ id: crisis.id, code: 'UNANSWERED_URGENT' }),
      ]);
      const withReason = await agent.post<BulkStatusResult>('/api/conversations/bulk/status', {
        ids: [crisis.id],
        status: 'resolved',
        reason: 'spam',
      });
      expect(withReason.body.done).toEqual([crisis.id]);
      const bad = await agent.post('/api/conversations/bulk/status', {
        ids: [crisis.id],
        status: 'resolved',
        reason: 'x',
      });
      expect(bad.status).toBe(400);
    });

    it('reports count closes without response per agent, and a close keeps a breach that happened', async () => {
      // Sent two hours ago: its first-response target has passed before anyone looks.
      const late = await conversationFrom('Ik wil niet meer leven, ik heb een touw gekocht', 120);
      const from = new Date(Date.now() - 24 * 3600_000).toISOString();
      const to = new Date(Date.now() + 3600_000).toISOString();
      const range = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
      const breachesBefore = (
        await supervisor.get<ResponseTimeReport>(`/api/reports/response-times?${range}`)
      ).body.rows[0].breaches;
      expect(breachesBefore).toBeGreaterThanOrEqual(1);

      expect(
        (
          await agent.post(`/api/conversations/${late.id}/status`, {
            status: 'resolved',
            reason: 'other',
            note: 'Al bekend bij de crisisdienst',
          })
        ).status,
      ).toBe(200);
      const breachesAfter = (await supervisor.get<ResponseTimeReport>(`/api/reports/response-times?${range}`))
        .body.rows[0].breaches;
      expect(breachesAfter).toBe(breachesBefore);
      const breachList = await supervisor.get<{ items: { conversationId: string }[] }>(
        `/api/reports/breaches?${range}`,
      );
      expect(breachList.body.items.map((item) => item.conversationId)).toContain(late.id);

      const closed = await supervisor.get<ClosedWithoutResponseReport>(
        `/api/reports/closed-without-response?${range}`,
      );
      expect(closed.status).toBe(200);
      const mine = closed.body.rows.find((row) => row.key === agentId);
      expect(mine).toMatchObject({ label: expect.any(String) });
      expect(mine!.count).toBeGreaterThanOrEqual(2);
      expect(mine!.reasons.other).toBeGreaterThanOrEqual(1);
      expect((await agent.get(`/api/reports/closed-without-response?${range}`)).status).toBe(403);
    });
  });

  describe('call-backs that keep trying', () => {
    const minutesFromNow = (iso: string) => (new Date(iso).getTime() - Date.now()) / 60_000;

    it('a crisis call-back is due in 15 minutes; not reached leaves the next attempt open in 30; after 2 the advisors on call take over and the supervisor hears', async () => {
      const alerts = record(supervisorSocket, 'crisis.alert');
      const row = await conversationFrom(
        'Ik heb alle pillen uit het kastje op tafel gelegd, vannacht is het zover',
      );
      const created = await agent.post<CallBackView>(`/api/conversations/${row.id}/call-backs`, {
        reason: 'Crisis: direct terugbellen',
      });
      expect(created.status).toBe(201);
      expect(minutesFromNow(created.body.dueAt)).toBeGreaterThan(14);
      expect(minutesFromNow(created.body.dueAt)).toBeLessThanOrEqual(15.1);

      const first = await agent.post<CallBackView>(`/api/call-backs/${created.body.id}/outcome`, {
        outcome: 'not_reached',
      });
      expect(first.status).toBe(200);
      expect(first.body.status).toBe('open');
      expect(first.body.id).not.toBe(created.body.id);
      expect(minutesFromNow(first.body.dueAt)).toBeGreaterThan(29);
      expect(minutesFromNow(first.body.dueAt)).toBeLessThanOrEqual(30.1);
      const open = await agent.get<CallBackPage>(`/api/call-backs?conversation=${row.id}&status=open`);
      expect(open.body.items.map((item) => item.id)).toEqual([first.body.id]);
      // Not escalated after one attempt.
      expect((await agent.conversation(row.id)).status).not.toBe('escalated');

      const second = await agent.post<CallBackView>(`/api/call-backs/${first.body.id}/outcome`, {
        outcome: 'not_reached',
        note: 'Voicemail',
      });
      expect(second.body.status).toBe('open');
      const detail = await eventually(
        async () => {
          const d = await agent.conversation(row.id);
          return d.status === 'escalated' ? d : undefined;
        },
        10_000,
        'the on-call escalation',
      );
      const escalations = await supervisor.get<{ items: EscalationView[] }>(
        `/api/escalations?conversation=${row.id}`,
      );
      expect(escalations.body.items).toHaveLength(1);
      expect(escalations.body.items[0]).toMatchObject({ mode: 'handover', status: 'open' });
      const teams = (await agent.get<TeamSummary[]>('/api/teams')).body;
      expect(escalations.body.items[0].teamId).toBe(
        [...teams].sort((a, b) => a.name.localeCompare(b.name))[0].id,
      );
      const alert = await eventually(
        async () => alerts.find((a) => a.conversationId === row.id),
        10_000,
        'the alert',
      );
      expect(alert).toMatchObject({ reason: 'call_back_failed' });

      // Every attempt is in the thread and in the access log; the call-back is still open.
      const notes = detail.messages.filter((m) => m.systemNote?.code === 'call_back.outcome');
      expect(notes.map((m) => m.systemNote?.params.attempt)).toEqual(['1', '2']);
      const audit = await supervisor.get<AuditPage>(`/api/audit?conversation=${row.id}`);
      expect(
        audit.body.items
          .filter((item) => item.action === 'call_back.outcome')
          .map((item) => item.details.attempt),
      ).toEqual(expect.arrayContaining([1, 2]));
      const stillOpen = await agent.get<CallBackPage>(`/api/call-backs?conversation=${row.id}&status=open`);
      expect(stillOpen.body.items).toHaveLength(1);
    });

    it('reaching the person is the first contact: the conversation closes without a reason', async () => {
      const row = await conversationFrom(
        'Mijn vriend slaat me en zegt dat ik niks mag vertellen, ik durf niet naar huis',
      );
      expect(row.needsFirstContact).toBe(true);
      const task = await agent.post<CallBackView>(`/api/conversations/${row.id}/call-backs`, {
        reason: 'Veiligheid',
      });
      await agent.post(`/api/call-backs/${task.body.id}/outcome`, { outcome: 'reached' });
      const after = await agent.conversation(row.id);
      expect(after.needsFirstContact).toBe(false);
      expect((await agent.post(`/api/conversations/${row.id}/status`, { status: 'resolved' })).status).toBe(
        200,
      );
    });

    it('the crisis call-back times are a setting in the SLA policies', async () => {
      const current = await supervisor.get<SlaPolicySet>('/api/sla/policies');
      expect(current.body.crisis).toMatchObject({
        callBackDueS: 900,
        retryDueS: 1800,
        maxFailedAttempts: 2,
        firstContactEscalateS: 600,
      });
      const bad = await supervisor.request('PUT', '/api/sla/policies', {
        ...current.body,
        crisis: { ...current.body.crisis, maxFailedAttempts: 0 },
      });
      expect(bad.status).toBe(400);
      const put = await supervisor.request('PUT', '/api/sla/policies', {
        ...current.body,
        crisis: { ...current.body.crisis, callBackDueS: 300 },
      });
      expect(put.status).toBe(200);
      const row = await conversationFrom('Hij heeft een mes en dreigt zichzelf iets aan te doen');
      const task = await agent.post<CallBackView>(`/api/conversations/${row.id}/call-backs`, {
        reason: 'Crisis',
      });
      expect(minutesFromNow(task.body.dueAt)).toBeLessThanOrEqual(5.1);
      expect(minutesFromNow(task.body.dueAt)).toBeGreaterThan(4);
      await supervisor.request('PUT', '/api/sla/policies', current.body);
    });
  });

  describe('nobody misses a new crisis', () => {
    it('unanswered crisis work goes to the advisors on call by itself after the policy minutes, once', async () => {
      const alerts = record(supervisorSocket, 'crisis.alert');
      // Sent 12 minutes ago: past the default 10 minutes without first contact.
      const row = await conversationFrom('Ik sta op het dak en ga springen', 12);
      const escalated = await eventually(
        async () => {
          const list = await supervisor.get<{ items: EscalationView[] }>(
            `/api/escalations?conversation=${row.id}`,
          );
          return list.body.items.length > 0 ? list.body.items : undefined;
        },
        30_000,
        'the automatic escalation',
      );
      expect(escalated).toHaveLength(1);
      expect(escalated[0].reason).toContain('10 minuten');
      expect(escalated[0].requestedBy).toBeNull();
      await eventually(
        async () => alerts.find((a) => a.conversationId === row.id && a.reason === 'first_contact_overdue'),
        10_000,
        'the alert',
      );
      // A while later there is still one.
      await new Promise((r) => setTimeout(r, 6_000));
      const later = await supervisor.get<{ items: EscalationView[] }>(
        `/api/escalations?conversation=${row.id}`,
      );
      expect(later.body.items).toHaveLength(1);
      // A fresh crisis is not escalated yet, and it is in the first-contact lane.
      const fresh = await conversationFrom('Ik wil er een eind aan maken, niemand mist me');
      expect(fresh.needsFirstContact).toBe(true);
      expect(fresh.dangerSince).toEqual(expect.any(String));
      const detail: ConversationDetail = await agent.conversation(fresh.id);
      expect(detail.status).not.toBe('escalated');
    });
  });

  describe('on call outside office hours: Web Push', () => {
    const endpoint = new PushEndpoint();
    beforeAll(() => endpoint.start());
    afterAll(() => endpoint.stop());

    it('a crisis with no agent online is pushed, encrypted, to the subscribed devices of supervisors and advisors', async () => {
      const key = await supervisor.get<{ publicKey: string }>('/api/push/key');
      expect(key.body.publicKey).toMatch(/^[A-Za-z0-9_-]{80,}$/);
      expect((await agent.post('/api/push/subscriptions', endpoint.subscription())).status).toBe(403);
      expect((await supervisor.post('/api/push/subscriptions', { endpoint: 'x', keys: {} })).status).toBe(
        400,
      );
      expect((await supervisor.post('/api/push/subscriptions', endpoint.subscription())).status).toBe(201);

      const row = await conversationFrom(
        'Ik heb een mes gepakt en wil mezelf snijden, niemand mag het weten',
      );
      const push = await eventually(
        async () =>
          endpoint.received.find(
            (p) => (JSON.parse(p.text) as { conversationId: string }).conversationId === row.id,
          ),
        15_000,
        'the push',
      );
      expect(endpoint.errors).toEqual([]);
      expect(JSON.parse(push.text)).toMatchObject({ kind: 'new_danger', conversationId: row.id });
      expect(push.text).not.toContain('mes');
      expect(push.vapid.publicKey).toBe(key.body.publicKey);
      expect(push.headers.urgency).toBe('high');
    });

    it('with an agent online, the console alarm is enough: no push', async () => {
      const agentSocket = await connectSocket(
        app.url,
        (await login(app.url, 'agent@example.org')).accessToken,
      );
      try {
        const before = endpoint.received.length;
        const row = await conversationFrom('Ik ga vannacht van de brug springen');
        await new Promise((r) => setTimeout(r, 3000));
        expect(
          endpoint.received
            .slice(before)
            .some(
              (p) =>
                (JSON.parse(p.text) as { conversationId: string; kind: string }).conversationId === row.id &&
                JSON.parse(p.text).kind === 'new_danger',
            ),
        ).toBe(false);
      } finally {
        agentSocket.disconnect();
      }
    });
  });
});
