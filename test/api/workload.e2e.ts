import type {
  AgentPresence,
  ConversationDetail,
  ConversationSummary,
  MessageView,
  ResponseTimeReport,
  WorkloadSettings,
} from '@webcare/shared';
import { Client } from 'pg';
import { client, eventually, login } from '../support/api';
import { startApp, type RunningApp } from '../support/app';
import { messengerDelivery, pageCommentDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';
import { connectSocket, record, type AppSocket } from '../support/socket';

type Api = ReturnType<typeof client>;

async function deliver(app: RunningApp, mid: string, senderId: string, text: string, at?: number) {
  const response = await postMeta(app.url, '/webhooks/meta', messengerDelivery({ mid, senderId, text, at }));
  expect(response.status).toBe(200);
}

async function conversationWith(api: Api, text: string): Promise<ConversationSummary> {
  return eventually(
    async () => (await api.conversations('?limit=200')).items.find((c) => c.lastMessagePreview === text),
    20_000,
    `the conversation of "${text}"`,
  );
}

async function sql<T>(app: RunningApp, statement: string, params: unknown[] = []): Promise<T[]> {
  const url = new URL(app.databaseAdminUrl);
  url.pathname = `/${app.databaseName}`;
  const db = new Client({ connectionString: url.toString() });
  await db.connect();
  try {
    return (await db.query(statement, params)).rows as T[];
  } finally {
    await db.end();
  }
}

describe('auto-assignment, presence and four eyes (black box)', () => {
  let app: RunningApp;
  let supervisor: Api;
  let agent: Api;
  let agent2: Api;
  let agentId: string;
  let agent2Id: string;
  const sockets: AppSocket[] = [];

  beforeAll(async () => {
    app = await startApp();
    supervisor = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
    const a = await login(app.url, 'agent@example.org');
    const b = await login(app.url, 'agent2@example.org');
    agent = client(app.url, a.accessToken);
    agent2 = client(app.url, b.accessToken);
    agentId = a.user.id;
    agent2Id = b.user.id;
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await app?.stop();
  });

  it('refuses settings out of range, in the console language, and changes nothing', async () => {
    const supervisorToken = (await login(app.url, 'supervisor@example.org')).accessToken;
    const send = async (path: string, body: unknown, language: string) => {
      const response = await fetch(`${app.url}${path}`, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${supervisorToken}`,
          'content-type': 'application/json',
          'accept-language': language,
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as { code: string; message: string } };
    };
    const dutch = await send('/api/settings/assignment', { mode: 'auto', maxOpenPerAgent: 0 }, 'nl-NL');
    expect(dutch.status).toBe(400);
    expect(dutch.body.code).toBe('WORKLOAD_SETTINGS_INVALID');
    expect(dutch.body.message).toMatch(/minimaal 1/);
    const english = await send('/api/settings/rules', { unansweredAfterAssignmentMinutes: 0 }, 'en-GB');
    expect(english.status).toBe(400);
    expect(english.body.message).toMatch(/at least 1/);
    const settings = await supervisor.get<WorkloadSettings>('/api/settings/workload');
    expect(settings.body.assignment.mode).toBe('manual');
    expect(settings.body.rules.unansweredAfterAssignmentMinutes).toBeNull();
    expect((await agent.request('PUT', '/api/settings/assignment', { mode: 'auto' })).status).toBe(403);
  });

  it('gives new work only to online agents, never beyond their maximum', async () => {
    const saved = await supervisor.request<WorkloadSettings>('PUT', '/api/settings/assignment', {
      mode: 'auto',
      maxOpenPerAgent: 2,
    });
    expect(saved.status).toBe(200);
    sockets.push(await connectSocket(app.url, (await login(app.url, 'agent@example.org')).accessToken));
    await eventually(async () => {
      const people = (await supervisor.get<AgentPresence[]>('/api/presence')).body;
      return people.find((p) => p.userId === agentId)?.state === 'online';
    });
    expect(
      (await supervisor.get<AgentPresence[]>('/api/presence')).body.find((p) => p.userId === agent2Id)?.state,
    ).toBe('offline');

    for (const n of [1, 2, 3])
      await deliver(app, `m_auto_${n}`, `77${n}`, `Vraag nummer ${n} over mijn afspraak`);
    const rows = await Promise.all(
      [1, 2, 3].map((n) => conversationWith(supervisor, `Vraag nummer ${n} over mijn afspraak`)),
    );
    const assigned = await eventually(async () => {
      const all = (await supervisor.conversations('?limit=200')).items.filter((c) =>
        rows.some((r) => r.id === c.id),
      );
      return all.filter((c) => c.assignee).length === 2 ? all : undefined;
    });
    expect(assigned.filter((c) => c.assignee?.id === agentId)).toHaveLength(2);
    expect(assigned.filter((c) => c.assignee?.id === agent2Id)).toHaveLength(0);
    // Urgent-first order within equal priority follows the deadline: the third waits.
    const waiting = assigned.find((c) => !c.assignee)!;
    await new Promise((r) => setTimeout(r, 1500));
    expect((await supervisor.conversation(waiting.id)).assignee).toBeNull();

    // agent2 comes online: the waiting one goes to them.
    sockets.push(await connectSocket(app.url, (await login(app.url, 'agent2@example.org')).accessToken));
    await eventually(async () => (await supervisor.conversation(waiting.id)).assignee?.id === agent2Id);

    // agent goes away: still connected, but gets nothing; agent2 fills up to the maximum.
    const away = await agent.request<AgentPresence>('PUT', '/api/presence', { state: 'away' });
    expect(away.status).toBe(200);
    expect(away.body.state).toBe('away');
    await deliver(app, 'm_auto_4', '774', 'Vraag nummer 4 over mijn afspraak');
    const fourth = await conversationWith(supervisor, 'Vraag nummer 4 over mijn afspraak');
    await eventually(async () => (await supervisor.conversation(fourth.id)).assignee?.id === agent2Id);
    await deliver(app, 'm_auto_5', '775', 'Vraag nummer 5 over mijn afspraak');
    const fifth = await conversationWith(supervisor, 'Vraag nummer 5 over mijn afspraak');
    await new Promise((r) => setTimeout(r, 2000));
    expect((await supervisor.conversation(fifth.id)).assignee).toBeNull();
    const people = (await supervisor.get<AgentPresence[]>('/api/presence')).body;
    expect(people.find((p) => p.userId === agentId)).toMatchObject({ state: 'away', open: 2 });
    expect(people.find((p) => p.userId === agent2Id)).toMatchObject({ state: 'online', open: 2 });

    // Every automatic assignment is in the access log, by the system.
    const audit = await supervisor.get<{ items: { action: string; actor: { id: string | null } }[] }>(
      `/api/audit?from=${new Date(Date.now() - 3600_000).toISOString()}&to=${new Date(Date.now() + 60_000).toISOString()}`,
    );
    expect(audit.body.items.filter((e) => e.action === 'conversation.auto_assign')).toHaveLength(4);

    // Back online with room again (one resolved): the fifth goes to agent.
    expect((await agent.request('PUT', '/api/presence', { state: 'online' })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await supervisor.conversation(fifth.id)).assignee).toBeNull();
    const mine = assigned.find((c) => c.assignee?.id === agentId)!;
    expect((await agent.post(`/api/conversations/${mine.id}/status`, { status: 'resolved' })).status).toBe(
      200,
    );
    await eventually(async () => (await supervisor.conversation(fifth.id)).assignee?.id === agentId);

    await supervisor.request('PUT', '/api/settings/assignment', { mode: 'manual' });
  });

  it('gives urgent work first, and a crisis stays in the first-contact lane once assigned', async () => {
    await agent.request('PUT', '/api/presence', { state: 'away' });
    await agent2.request('PUT', '/api/presence', { state: 'away' });
    await supervisor.request('PUT', '/api/settings/assignment', { mode: 'auto', maxOpenPerAgent: 3 });
    await deliver(app, 'm_order_1', '7901', 'Kunt u mij de folder over de verbouwing sturen?');
    const normal = await conversationWith(supervisor, 'Kunt u mij de folder over de verbouwing sturen?');
    const crisisText = 'Ik wil er niet meer zijn, ik heb de pillen al klaarliggen voor vannacht';
    await deliver(app, 'm_order_2', '7902', crisisText);
    const crisis = await conversationWith(supervisor, crisisText);
    expect(crisis.priority).toBe('urgent');
    await new Promise((r) => setTimeout(r, 1000));
    expect((await supervisor.conversation(crisis.id)).assignee).toBeNull();

    // One agent back with room for one more: the crisis goes first, the other keeps waiting.
    await agent.request('PUT', '/api/presence', { state: 'online' });
    await eventually(async () => (await supervisor.conversation(crisis.id)).assignee?.id === agentId);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await supervisor.conversation(normal.id)).assignee).toBeNull();
    const lane = await agent2.conversations('?firstContact=needed');
    expect(lane.items.map((c) => c.id)).toContain(crisis.id);

    await agent2.request('PUT', '/api/presence', { state: 'online' });
    await supervisor.request('PUT', '/api/settings/assignment', { mode: 'manual', maxOpenPerAgent: 2 });
  });

  it('holds a sensitive public reply for another person: 202, approve once, never by the writer', async () => {
    const set = await supervisor.request<WorkloadSettings>('PUT', '/api/settings/approval', {
      publicReplies: 'always',
    });
    expect(set.status).toBe(200);
    expect(set.body.approval.publicReplies).toBe('always');
    expect(
      (await supervisor.request('PUT', '/api/settings/approval', { publicReplies: 'sometimes' })).status,
    ).toBe(400);

    const response = await postMeta(
      app.url,
      '/webhooks/meta',
      pageCommentDelivery({
        commentId: '122145678901234567_9001',
        authorId: '5551',
        name: 'Mia Vos',
        text: 'Wanneer gaat de poli open?',
      }),
    );
    expect(response.status).toBe(200);
    const comment = await conversationWith(supervisor, 'Wanneer gaat de poli open?');
    const notices = record(sockets[1], 'approval.changed');

    const reply = await agent.post<MessageView>(`/api/conversations/${comment.id}/replies`, {
      text: 'De poli is open van 8 tot 17 uur.',
      visibility: 'public',
    });
    expect(reply.status).toBe(202);
    expect(reply.body.status).toBe('awaiting_approval');
    expect(reply.body.approval?.state).toBe('awaiting');
    await eventually(async () =>
      notices.find((n) => n.messageId === reply.body.id && n.state === 'awaiting'),
    );
    // Not sent, and not the answer yet.
    const held = await supervisor.conversation(comment.id);
    expect(held.messages.find((m) => m.id === reply.body.id)?.deliveryStatus).toBe('queued');

    const own = await agent.post<{ code: string }>(`/api/messages/${reply.body.id}/approve`);
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('OWN_REPLY_APPROVAL');
    const [first, second] = await Promise.all([
      agent2.post<MessageView>(`/api/messages/${reply.body.id}/approve`),
      supervisor.post<MessageView>(`/api/messages/${reply.body.id}/approve`),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const approved = first.status === 200 ? first.body : second.body;
    expect(approved.approval?.state).toBe('approved');
    await eventually(async () => {
      const detail: ConversationDetail = await supervisor.conversation(comment.id);
      return detail.messages.find((m) => m.id === reply.body.id)?.deliveryStatus === 'sent';
    });
    expect((await agent2.post(`/api/messages/${reply.body.id}/approve`)).status).toBe(409);

    // Returned with a remark, then no longer approvable; withdrawn likewise.
    const second2 = await agent.post<MessageView>(`/api/conversations/${comment.id}/replies`, {
      text: 'Tweede versie.',
      visibility: 'public',
    });
    expect(second2.status).toBe(202);
    const returned = await agent2.post<MessageView>(`/api/messages/${second2.body.id}/return`, {
      remark: 'Noem de openingstijden van de huisartsenpost ook.',
    });
    expect(returned.status).toBe(200);
    expect(returned.body.approval).toMatchObject({
      state: 'returned',
      remark: expect.stringMatching(/huisartsenpost/),
    });
    expect((await supervisor.post(`/api/messages/${second2.body.id}/approve`)).status).toBe(409);
    const thread = await supervisor.conversation(comment.id);
    expect(thread.messages.filter((m) => m.systemNote?.code === 'approval.returned')).toHaveLength(1);
    const third = await agent.post<MessageView>(`/api/conversations/${comment.id}/replies`, {
      text: 'Derde versie.',
      visibility: 'public',
    });
    expect((await agent.post(`/api/messages/${third.body.id}/withdraw`)).status).toBe(200);
    expect((await agent2.post(`/api/messages/${third.body.id}/approve`)).status).toBe(409);
    await supervisor.request('PUT', '/api/settings/approval', { publicReplies: 'never' });
  });

  it('pauses the clock while waiting for the person and leaves the pause out of the reports', async () => {
    await supervisor.request('PUT', '/api/settings/rules', { pendingOnReply: true });
    const at = Date.now() - 3600_000;
    await deliver(app, 'm_pause_1', '7801', 'Ik stuur u mijn verwijsbrief nog', at);
    const row = await conversationWith(supervisor, 'Ik stuur u mijn verwijsbrief nog');
    expect(
      (await agent.post(`/api/conversations/${row.id}/replies`, { text: 'Graag, wij wachten erop.' })).status,
    ).toBe(201);
    const paused = await supervisor.conversation(row.id);
    expect(paused.status).toBe('pending');
    expect(paused.slaState).toBe('paused');
    await new Promise((r) => setTimeout(r, 4000));
    await deliver(app, 'm_pause_2', '7801', 'Hierbij de brief');
    await eventually(async () => (await supervisor.conversation(row.id)).status === 'open');
    expect((await supervisor.conversation(row.id)).slaState).not.toBe('paused');
    expect((await agent.post(`/api/conversations/${row.id}/status`, { status: 'resolved' })).status).toBe(
      200,
    );
    const resolvedAt = Date.now();

    const report = await supervisor.get<ResponseTimeReport>(
      `/api/reports/response-times?from=${new Date(at - 1000).toISOString()}&to=${new Date(at + 1000).toISOString()}`,
    );
    expect(report.status).toBe(200);
    const total = report.body.rows[0]!;
    expect(total.count).toBe(1);
    expect(total.resolved).toBe(1);
    expect(total.pausedMedianS).toBeGreaterThanOrEqual(4);
    const wall = (resolvedAt - at) / 1000;
    expect(total.resolutionMedianS).toBeLessThanOrEqual(wall - 4 + 1);
    expect(total.resolutionMedianS).toBeGreaterThan(wall - 30);
    await supervisor.request('PUT', '/api/settings/rules', { pendingOnReply: false });
  });

  it('takes waiting work from an agent offline longer than allowed and gives it to one online', async () => {
    await supervisor.request('PUT', '/api/settings/assignment', {
      mode: 'auto',
      maxOpenPerAgent: 20,
      reassignAfterOfflineMinutes: 1,
    });
    const held = await eventually(async () => {
      const rows = (await supervisor.conversations(`?assignee=${agent2Id}&status=new,open`)).items;
      return rows.length > 0 ? rows : undefined;
    });
    sockets[1]!.close();
    await eventually(async () => {
      const people = (await supervisor.get<AgentPresence[]>('/api/presence')).body;
      return people.find((p) => p.userId === agent2Id)?.state === 'offline';
    });
    // Nothing happens before the set time: agent2 keeps the work for now.
    await new Promise((r) => setTimeout(r, 6000));
    expect((await supervisor.conversation(held[0]!.id)).assignee?.id).toBe(agent2Id);

    await sql(
      app,
      `UPDATE agent_presence SET last_seen_at = now() - interval '2 minutes' WHERE user_id = $1`,
      [agent2Id],
    );
    for (const row of held) {
      await eventually(async () => (await supervisor.conversation(row.id)).assignee?.id === agentId, 30_000);
      const notes = (await supervisor.conversation(row.id)).messages.filter(
        (m) => m.systemNote?.code === 'workload.offline_reassigned',
      );
      expect(notes).toHaveLength(1);
    }
    await supervisor.request('PUT', '/api/settings/assignment', { mode: 'manual' });
  });
});

describe('rules over time on two replicas (black box)', () => {
  let first: RunningApp;
  let second: RunningApp;

  beforeAll(async () => {
    first = await startApp();
    const url = new URL(first.databaseAdminUrl);
    url.pathname = `/${first.databaseName}`;
    second = await startApp({ DATABASE_URL: url.toString(), DEMO: '1' });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
  });

  it('returns work unanswered after assignment to the queue once, with one note and one log line', async () => {
    const supervisor = client(first.url, (await login(first.url, 'supervisor@example.org')).accessToken);
    const agent = client(second.url, (await login(second.url, 'agent@example.org')).accessToken);
    const rules = await supervisor.request<WorkloadSettings>('PUT', '/api/settings/rules', {
      unansweredAfterAssignmentMinutes: 1,
    });
    expect(rules.status).toBe(200);

    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5, 6]) {
      await deliver(n % 2 ? first : second, `m_rule_${n}`, `88${n}`, `Regelvraag ${n}`);
      const row = await conversationWith(supervisor, `Regelvraag ${n}`);
      expect((await agent.post(`/api/conversations/${row.id}/assign`)).status).toBe(200);
      ids.push(row.id);
    }
    // One more, assigned long ago but with a message from the person just now: not due yet.
    await deliver(first, 'm_rule_fresh', '8870', 'Regelvraag vers');
    const fresh = await conversationWith(supervisor, 'Regelvraag vers');
    expect((await agent.post(`/api/conversations/${fresh.id}/assign`)).status).toBe(200);
    await sql(first, `UPDATE conversations SET assigned_at = now() - interval '2 minutes' WHERE id = $1`, [
      fresh.id,
    ]);
    // Assigned and waiting two minutes, as far as the database knows: due for the rule on both replicas.
    await sql(
      first,
      `UPDATE conversations SET assigned_at = now() - interval '2 minutes', awaiting_since = now() - interval '2 minutes'
        WHERE id = ANY($1)`,
      [ids],
    );
    for (const id of ids) {
      await eventually(async () => (await supervisor.conversation(id)).assignee === null, 30_000);
    }
    // Several more intervals on both replicas: nothing fires twice.
    await new Promise((r) => setTimeout(r, 12_000));
    for (const id of ids) {
      const detail = await supervisor.conversation(id);
      const notes = detail.messages.filter((m) => m.systemNote?.code === 'workload.unanswered_returned');
      expect(notes).toHaveLength(1);
      expect(notes[0]!.systemNote!.params.minutes).toBe('1');
    }
    expect((await supervisor.conversation(fresh.id)).assignee).not.toBeNull();
    const lines = await sql<{ count: number }>(
      first,
      `SELECT count(*)::int AS count FROM audit_log WHERE action = 'conversation.rule_unanswered' AND conversation_id = ANY($1)`,
      [ids],
    );
    expect(lines[0]!.count).toBe(ids.length);
  });

  it('reminds a person we wait for once, then resolves, each in the thread and the access log', async () => {
    const supervisor = client(first.url, (await login(first.url, 'supervisor@example.org')).accessToken);
    const agent = client(second.url, (await login(second.url, 'agent@example.org')).accessToken);
    expect(
      (
        await supervisor.request('PUT', '/api/settings/rules', {
          unansweredAfterAssignmentMinutes: null,
          pendingReminderDays: 2,
          pendingResolveDays: 3,
          reminderText: 'Wij wachten nog op uw foto van de brief.',
        })
      ).status,
    ).toBe(200);
    await deliver(first, 'm_wait_1', '8991', 'Ik stuur de brief later');
    const row = await conversationWith(supervisor, 'Ik stuur de brief later');
    expect(
      (await agent.post(`/api/conversations/${row.id}/replies`, { text: 'Prima, wij wachten.' })).status,
    ).toBe(201);
    expect((await agent.post(`/api/conversations/${row.id}/status`, { status: 'pending' })).status).toBe(200);
    expect((await supervisor.conversation(row.id)).slaState).toBe('paused');

    await sql(first, `UPDATE conversations SET paused_at = now() - interval '50 hours' WHERE id = $1`, [
      row.id,
    ]);
    await eventually(
      async () =>
        (await supervisor.conversation(row.id)).messages.some(
          (m) => m.direction === 'out' && m.text === 'Wij wachten nog op uw foto van de brief.',
        ),
      30_000,
      'the reminder',
    );
    await new Promise((r) => setTimeout(r, 11_000));
    let detail = await supervisor.conversation(row.id);
    expect(detail.messages.filter((m) => m.text === 'Wij wachten nog op uw foto van de brief.')).toHaveLength(
      1,
    );
    expect(detail.messages.filter((m) => m.systemNote?.code === 'workload.reminder_sent')).toHaveLength(1);
    expect(detail.status).toBe('pending');

    await sql(
      first,
      `UPDATE conversations SET reminder_sent_at = now() - interval '73 hours' WHERE id = $1`,
      [row.id],
    );
    await eventually(async () => (await supervisor.conversation(row.id)).status === 'resolved', 30_000);
    detail = await supervisor.conversation(row.id);
    expect(detail.messages.filter((m) => m.systemNote?.code === 'workload.resolved_no_answer')).toHaveLength(
      1,
    );
    const lines = await sql<{ action: string }>(
      first,
      `SELECT action FROM audit_log WHERE conversation_id = $1 AND action LIKE 'conversation.rule_%' ORDER BY id`,
      [row.id],
    );
    expect(lines.map((l) => l.action)).toEqual(['conversation.rule_reminder', 'conversation.rule_resolve']);
  });
});
