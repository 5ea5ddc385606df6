import type {
  AuditPage,
  BulkStatusResult,
  ClosedWithoutResponseReport,
  ConversationSummary,
  ResponseTimeReport,
} from '@webcare/shared';
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
    supervisor = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
  });
  afterAll(async () => {
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
});
