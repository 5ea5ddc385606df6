import type { CallBackView, ConversationDetail, EscalationView, TeamSummary } from '@webcare/shared';
import { startApp, type RunningApp } from '../support/app';
import { client, eventually, login } from '../support/api';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';
import { connectSocket, record, type AppSocket } from '../support/socket';

describe('escalations and call-backs (black box)', () => {
  let app: RunningApp;
  let agent: ReturnType<typeof client>;
  let agent2: ReturnType<typeof client>;
  let advisor: ReturnType<typeof client>;
  let admin: ReturnType<typeof client>;
  let agentSocket: AppSocket;
  let advisorSocket: AppSocket;
  let noord: TeamSummary;
  let zuid: TeamSummary;
  let advisorId: string;
  const sockets: AppSocket[] = [];

  /** A new Messenger conversation from a person, through a signed webhook. */
  async function conversationFrom(senderId: string, text: string): Promise<string> {
    const sent = await postMeta(
      app.url,
      '/webhooks/meta',
      messengerDelivery({ mid: `m_${senderId}_${Date.now()}`, senderId, text }),
    );
    expect(sent.status).toBe(200);
    return eventually(
      async () => {
        const page = await agent.conversations('?limit=200');
        return page.items.find((c) => c.lastMessagePreview === text)?.id;
      },
      20_000,
      'the conversation',
    );
  }

  beforeAll(async () => {
    app = await startApp();
    const agentLogin = await login(app.url, 'agent@example.org');
    const advisorLogin = await login(app.url, 'advisor@example.org');
    advisorId = advisorLogin.user.id;
    agent = client(app.url, agentLogin.accessToken);
    agent2 = client(app.url, (await login(app.url, 'agent2@example.org')).accessToken);
    advisor = client(app.url, advisorLogin.accessToken);
    admin = client(app.url, (await login(app.url, 'admin@example.org')).accessToken);
    agentSocket = await connectSocket(app.url, agentLogin.accessToken);
    advisorSocket = await connectSocket(app.url, advisorLogin.accessToken);
    sockets.push(agentSocket, advisorSocket);
    const teams = (await agent.get<TeamSummary[]>('/api/teams')).body;
    noord = teams.find((t) => t.name === 'Regio Noord')!;
    zuid = teams.find((t) => t.name === 'Regio Zuid')!;
    expect(noord && zuid).toBeTruthy();
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await app.stop();
  });

  it('consult: the advisor hears of it live, accepts and answers; the agent hears back and sees the advice', async () => {
    const conversationId = await conversationFrom('7001', 'Mijn moeder krijgt andere pillen, klopt dat?');
    // Before the escalation the advisor may not read it: 403.
    expect((await advisor.get(`/api/conversations/${conversationId}`)).status).toBe(403);

    const created = record(advisorSocket, 'escalation.created');
    const updated = record(agentSocket, 'escalation.updated');
    const response = await agent.post<EscalationView>(`/api/conversations/${conversationId}/escalations`, {
      teamId: noord.id,
      mode: 'consult',
      reason: 'Medicatievraag, graag advies',
    });
    expect(response.status).toBe(201);
    const escalation = response.body;
    expect(escalation).toMatchObject({
      conversationId,
      teamId: noord.id,
      mode: 'consult',
      status: 'open',
      reason: 'Medicatievraag, graag advies',
      pickupBreached: false,
    });
    expect(typeof escalation.createdAt).toBe('string');
    expect(typeof escalation.dueAt).toBe('string');
    await eventually(async () => created.find((e) => e.id === escalation.id), 10_000, 'escalation.created');
    expect((await agent.conversation(conversationId)).status).toBe('escalated');

    const queue = await advisor.get<{ items: EscalationView[] }>('/api/escalations?status=open');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((e) => e.id)).toContain(escalation.id);
    expect((await advisor.get(`/api/conversations/${conversationId}`)).status).toBe(200);

    // Agents cannot accept.
    const refused = await agent.post(`/api/escalations/${escalation.id}/accept`);
    expect(refused.status).toBe(403);

    const accepted = await advisor.post<EscalationView>(`/api/escalations/${escalation.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const again = await advisor.post<{ code: string; message: string }>(
      `/api/escalations/${escalation.id}/accept`,
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ESCALATION_CONFLICT');

    const advice = 'Advies: de apotheek kan dit uitleggen; verwijs naar het apotheekspreekuur.';
    const answered = await advisor.post<EscalationView>(`/api/escalations/${escalation.id}/respond`, {
      text: advice,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.status).toBe('answered');
    await eventually(
      async () => updated.find((e) => e.id === escalation.id && e.status === 'answered'),
      10_000,
      'escalation.updated (answered) for the agent',
    );
    const detail = await agent.conversation(conversationId);
    expect(detail.messages.find((m) => m.text === advice)).toMatchObject({
      direction: 'note',
      author: { id: advisorId },
    });
    expect(detail.status).toBe('open');

    // The agent's own list shows it; a return of a consult is refused with a reason.
    const mine = await agent.get<{ items: EscalationView[] }>('/api/escalations');
    expect(mine.body.items.map((e) => e.id)).toContain(escalation.id);
    const returned = await advisor.post<{ message: string }>(`/api/escalations/${escalation.id}/return`);
    expect(returned.status).toBe(409);
    expect(returned.body.message).toMatch(/handover/);
  });

  it('handover: the advisor takes the conversation over and returns it to the agent', async () => {
    const conversationId = await conversationFrom('7002', 'Ik wil graag iemand spreken over mijn zoon');
    await agent.post(`/api/conversations/${conversationId}/assign`);
    const escalation = (
      await agent.post<EscalationView>(`/api/conversations/${conversationId}/escalations`, {
        teamId: noord.id,
        mode: 'handover',
        reason: 'Zorgvraag, graag overnemen',
      })
    ).body;
    expect((await advisor.post(`/api/escalations/${escalation.id}/accept`)).status).toBe(200);
    let detail = await agent.conversation(conversationId);
    expect(detail.assignee?.id).toBe(advisorId);
    expect(detail.status).toBe('escalated');
    expect((await advisor.post(`/api/escalations/${escalation.id}/return`)).status).toBe(200);
    detail = await agent.conversation(conversationId);
    expect(detail.status).toBe('open');
    expect(detail.assignee?.name).toBeTruthy();
    expect(detail.assignee?.id).not.toBe(advisorId);
  });

  it('validates input and keeps advisors outside the team out (403)', async () => {
    const conversationId = await conversationFrom('7003', 'Waar woont mijn nichtje precies?');
    const bad = await agent.post(`/api/conversations/${conversationId}/escalations`, {
      teamId: noord.id,
      mode: 'later',
      reason: '',
    });
    expect(bad.status).toBe(400);
    const unknown = await agent.post(`/api/conversations/00000000-0000-4000-8000-000000000000/escalations`, {
      teamId: noord.id,
      mode: 'consult',
      reason: 'x',
    });
    expect(unknown.status).toBe(404);
    const byAdvisor = await advisor.post(`/api/conversations/${conversationId}/escalations`, {
      teamId: noord.id,
      mode: 'consult',
      reason: 'x',
    });
    expect(byAdvisor.status).toBe(403);
    const toZuid = await agent.post<EscalationView>(`/api/conversations/${conversationId}/escalations`, {
      teamId: zuid.id,
      mode: 'consult',
      reason: 'Mogelijke loverboy-benadering',
    });
    expect(toZuid.status).toBe(201);
    expect((await advisor.get(`/api/conversations/${conversationId}`)).status).toBe(403);
    expect((await advisor.post(`/api/escalations/${toZuid.body.id}/accept`)).status).toBe(403);
    expect((await advisor.get(`/api/conversations/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    // Another agent did not ask, so it is not in their list.
    const other = await agent2.get<{ items: EscalationView[] }>('/api/escalations?status=open');
    expect(other.body.items.map((e) => e.id)).not.toContain(toZuid.body.id);
  });

  it('admin manages teams: create, add and remove a member (others 403)', async () => {
    const created = await admin.post<TeamSummary>('/api/teams', { name: 'Jeugdzorg', kind: 'expertise' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Jeugdzorg', kind: 'expertise' });
    expect((await admin.post('/api/teams', { name: 'Jeugdzorg', kind: 'expertise' })).status).toBe(409);
    expect((await agent.post('/api/teams', { name: 'X', kind: 'region' })).status).toBe(403);
    const add = await admin.post(`/api/teams/${created.body.id}/members`, { userId: advisorId });
    expect(add.status).toBe(204);
    const conversationId = await conversationFrom('7004', 'Vraag over jeugdhulp');
    const escalation = (
      await agent.post<EscalationView>(`/api/conversations/${conversationId}/escalations`, {
        teamId: created.body.id,
        mode: 'consult',
        reason: 'Jeugdhulp',
      })
    ).body;
    expect((await advisor.get(`/api/conversations/${conversationId}`)).status).toBe(200);
    const response = await fetch(`${app.url}/api/teams/${created.body.id}/members/${advisorId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${(await login(app.url, 'admin@example.org')).accessToken}` },
    });
    expect(response.status).toBe(204);
    expect((await advisor.post(`/api/escalations/${escalation.id}/accept`)).status).toBe(403);
  });

  it('call-backs: made by hand, listed, and every outcome in the thread; retry makes the next task', async () => {
    const conversationId = await conversationFrom('7005', 'Kunt u mij terugbellen? 0612345678');
    const created = await agent.post<CallBackView>(`/api/conversations/${conversationId}/call-backs`, {
      reason: 'Wil teruggebeld worden',
      phone: '+31612345678',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ conversationId, phone: '+31612345678', status: 'open' });
    const open = await agent.get<{ items: CallBackView[] }>('/api/call-backs?status=open');
    expect(open.body.items.map((t) => t.id)).toContain(created.body.id);
    const summary = (await agent.conversations('?limit=200')).items.find((c) => c.id === conversationId);
    expect(summary?.callBackDueAt).toBe(created.body.dueAt);

    const retry = await agent.post<CallBackView>(`/api/call-backs/${created.body.id}/outcome`, {
      outcome: 'retry',
      note: 'Geen gehoor',
    });
    expect(retry.status).toBe(200);
    expect(retry.body.id).not.toBe(created.body.id);
    expect(
      (await agent.post(`/api/call-backs/${created.body.id}/outcome`, { outcome: 'reached' })).status,
    ).toBe(409);
    const reached = await agent.post<CallBackView>(`/api/call-backs/${retry.body.id}/outcome`, {
      outcome: 'reached',
    });
    expect(reached.body).toMatchObject({ status: 'done', outcome: 'reached' });
    const detail: ConversationDetail = await agent.conversation(conversationId);
    const notes = detail.messages.filter((m) => m.direction === 'note').map((m) => m.text);
    expect(notes).toEqual([
      expect.stringContaining('Wil teruggebeld worden'),
      expect.stringContaining('Geen gehoor'),
      'Teruggebeld: bereikt',
    ]);
    expect(detail.callBackDueAt).toBeNull();
  });

  it('presence: who is viewing and typing reaches the other viewer', async () => {
    const conversationId = await conversationFrom('7006', 'Hallo, is daar iemand?');
    const seen = record(advisorSocket, 'presence');
    // The agent-side socket views and types; the supervisor socket views too.
    const supervisorSocket = await connectSocket(
      app.url,
      (await login(app.url, 'supervisor@example.org')).accessToken,
    );
    sockets.push(supervisorSocket);
    const supervisorSeen = record(supervisorSocket, 'presence');
    supervisorSocket.emit('conversation.view', { conversationId });
    agentSocket.emit('conversation.view', { conversationId });
    agentSocket.emit('conversation.typing', { conversationId, typing: true });
    const typing = await eventually(
      async () =>
        supervisorSeen.find((p) => p.conversationId === conversationId && p.viewers.some((v) => v.typing)),
      10_000,
      'presence with a typing viewer',
    );
    expect(typing.viewers.map((v) => v.name).length).toBe(2);
    expect(seen.length).toBe(0);
  });
});
