import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { Actor } from '../common/current-user';
import { ConversationsService } from '../conversations/conversations.service';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import { EscalationsService } from './escalations.service';

describe('EscalationsService on PostgreSQL', () => {
  let app: TestApp;
  let db: DataSource;
  let service: EscalationsService;
  let conversations: ConversationsService;
  let agent: Actor;
  let agent2: Actor;
  let advisor: Actor;
  let advisor2: Actor;
  let outsider: Actor;
  let supervisor: Actor;
  let noord: string;
  let zuid: string;
  let accountId: string;
  let threads = 0;

  const actor = async (email: string): Promise<Actor> => {
    const [user] = await db.query('SELECT id, role, name FROM users WHERE email = $1', [email]);
    return { ...user, ip: '127.0.0.1' };
  };

  const newConversation = async (priority = 'normal'): Promise<string> => {
    const [contact] = await db.query(`INSERT INTO contacts (display_name) VALUES ('Sanne') RETURNING id`);
    const [conversation] = await db.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, last_message_at, status, assignee_id, priority, priority_rank)
       VALUES ('messenger', 'private', $1, $2, $3, now(), 'open', $4, $5, $6) RETURNING id`,
      [
        accountId,
        contact.id,
        `dm:${++threads}`,
        agent.id,
        priority,
        { urgent: 0, high: 1, normal: 2, low: 3 }[priority],
      ],
    );
    return conversation.id;
  };

  const conversationRow = async (id: string) =>
    (await db.query('SELECT status, assignee_id, team_id FROM conversations WHERE id = $1', [id]))[0] as {
      status: string;
      assignee_id: string | null;
      team_id: string | null;
    };

  beforeAll(async () => {
    app = await startTestApp();
    db = app.app.get(DataSource);
    service = app.app.get(EscalationsService);
    conversations = app.app.get(ConversationsService);
    const users = app.app.get(UsersService);
    const teams = app.app.get(TeamsService);
    noord = (await teams.ensure('Regio Noord', 'region')).id;
    zuid = (await teams.ensure('Regio Zuid', 'region')).id;
    const second = await users.ensure({
      email: 'advisor2@example.org',
      name: 'Pieter Bos',
      role: 'advisor',
      password: 'x-x-x-x-x',
    });
    await teams.addMember(noord, second.id);
    const other = await users.ensure({
      email: 'advisor-zuid@example.org',
      name: 'Fatima El Amrani',
      role: 'advisor',
      password: 'x-x-x-x-x',
    });
    await teams.addMember(zuid, other.id);
    agent = await actor('agent@example.org');
    agent2 = await actor('agent2@example.org');
    advisor = await actor('advisor@example.org');
    advisor2 = await actor('advisor2@example.org');
    outsider = await actor('advisor-zuid@example.org');
    supervisor = await actor('supervisor@example.org');
    const [account] = await db.query(
      `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('meta', 'p-esc', 'Page') RETURNING id`,
    );
    accountId = account.id;
  });
  afterAll(() => app.close());

  describe('consult', () => {
    let conversationId: string;
    let id: string;

    beforeAll(async () => {
      conversationId = await newConversation();
    });

    it('opens with a pickup deadline from the priority, and lets the team read the conversation', async () => {
      const before = Date.now();
      const view = await service.create(agent, conversationId, {
        teamId: noord,
        mode: 'consult',
        reason: 'Vraag over medicatie',
      });
      id = view.id;
      expect(view).toMatchObject({
        conversationId,
        teamId: noord,
        teamName: 'Regio Noord',
        mode: 'consult',
        status: 'open',
        priority: 'normal',
        pickupBreached: false,
        requestedBy: { id: agent.id },
        acceptedBy: null,
      });
      const due = new Date(view.dueAt!).getTime();
      expect(due).toBeGreaterThanOrEqual(before + 120 * 60_000 - 1000);
      expect(due).toBeLessThanOrEqual(Date.now() + 120 * 60_000 + 1000);
      expect(await conversationRow(conversationId)).toMatchObject({
        status: 'escalated',
        team_id: noord,
        assignee_id: agent.id,
      });
      await expect(conversations.detail(advisor, conversationId)).resolves.toMatchObject({
        id: conversationId,
      });
    });

    it('refuses a second escalation while one is in progress', async () => {
      await expect(
        service.create(agent, conversationId, { teamId: zuid, mode: 'handover', reason: 'nog een' }),
      ).rejects.toMatchObject({ status: 409 });
    });

    it('refuses answering or returning before anyone accepted', async () => {
      await expect(service.respond(advisor, id, 'advies')).rejects.toMatchObject({
        status: 409,
        message: 'Accept the escalation before answering it',
      });
      await expect(service.return(advisor, id)).rejects.toMatchObject({ status: 409 });
    });

    it('lets only advisors of the team accept (agents, supervisors and other teams: 403)', async () => {
      await expect(service.accept(agent, id)).rejects.toMatchObject({ status: 403 });
      await expect(service.accept(supervisor, id)).rejects.toMatchObject({ status: 403 });
      await expect(service.accept(outsider, id)).rejects.toMatchObject({ status: 403 });
    });

    it('gives two advisors accepting at once exactly one winner', async () => {
      const results = await Promise.allSettled([service.accept(advisor, id), service.accept(advisor2, id)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
      const winner = (won[0] as PromiseFulfilledResult<{ acceptedBy: { id: string } }>).value.acceptedBy.id;
      if (winner !== advisor.id) {
        // Keep the rest of the story with the first advisor: swap who is who.
        [advisor, advisor2] = [advisor2, advisor];
      }
      const [row] = await db.query('SELECT status, accepted_by FROM escalations WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'accepted', accepted_by: advisor.id });
      // A consult leaves the conversation with the agent.
      expect(await conversationRow(conversationId)).toMatchObject({
        assignee_id: agent.id,
        status: 'escalated',
      });
    });

    it('refuses accepting twice, and answers from another advisor than the one who accepted', async () => {
      await expect(service.accept(advisor2, id)).rejects.toMatchObject({ status: 409 });
      await expect(service.respond(advisor2, id, 'advies')).rejects.toMatchObject({ status: 403 });
      await expect(service.respond(agent, id, 'advies')).rejects.toMatchObject({ status: 403 });
    });

    it('stores the answer as an internal note and gives the conversation back to the agent', async () => {
      const view = await service.respond(advisor, id, 'Verwijs naar de huisarts; bel niet zelf.');
      expect(view).toMatchObject({
        status: 'answered',
        response: 'Verwijs naar de huisarts; bel niet zelf.',
      });
      const detail = await conversations.detail(agent, conversationId);
      const note = detail.messages.find((m) => m.text === 'Verwijs naar de huisarts; bel niet zelf.');
      expect(note).toMatchObject({ direction: 'note', visibility: 'private', author: { id: advisor.id } });
      expect(await conversationRow(conversationId)).toMatchObject({ status: 'open', assignee_id: agent.id });
      const audit = await db.query(
        `SELECT action FROM audit_log WHERE conversation_id = $1 AND action LIKE 'escalation.%' ORDER BY id`,
        [conversationId],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'escalation.create',
        'escalation.accept',
        'escalation.respond',
      ]);
    });

    it('treats answered as final for a consult', async () => {
      await expect(service.respond(advisor, id, 'nog meer')).rejects.toMatchObject({ status: 409 });
      await expect(service.accept(advisor, id)).rejects.toMatchObject({ status: 409 });
      await expect(service.return(advisor, id)).rejects.toMatchObject({ status: 409 });
      await expect(service.close(advisor, id)).rejects.toMatchObject({ status: 409 });
    });

    it('allows a new escalation once the consult is answered', async () => {
      const next = await service.create(agent, conversationId, {
        teamId: noord,
        mode: 'consult',
        reason: 'opnieuw',
      });
      // Closing an accepted consult (the advisor cannot help) gives the conversation back as open.
      await service.accept(advisor, next.id);
      await expect(service.close(advisor2, next.id)).rejects.toMatchObject({ status: 403 });
      expect((await service.close(advisor, next.id)).status).toBe('closed');
      expect((await conversationRow(conversationId)).status).toBe('open');
      await expect(service.close(advisor, next.id)).rejects.toMatchObject({ status: 409 });
    });
  });

  describe('handover', () => {
    it('gives the conversation to the advisor on accept and back to the agent on return', async () => {
      const conversationId = await newConversation('high');
      const created = await service.create(agent, conversationId, {
        teamId: noord,
        mode: 'handover',
        reason: 'Wil graag gebeld worden',
      });
      expect(new Date(created.dueAt!).getTime() - new Date(created.createdAt).getTime()).toBe(30 * 60_000);
      await expect(service.return(advisor, created.id)).rejects.toMatchObject({ status: 409 });
      await service.accept(advisor, created.id);
      expect(await conversationRow(conversationId)).toMatchObject({
        status: 'escalated',
        assignee_id: advisor.id,
      });
      expect((await service.respond(advisor, created.id, 'Gebeld, loopt.')).status).toBe('answered');
      await expect(service.return(advisor2, created.id)).rejects.toMatchObject({ status: 403 });
      const returned = await service.return(advisor, created.id);
      expect(returned.status).toBe('returned');
      expect(await conversationRow(conversationId)).toMatchObject({ status: 'open', assignee_id: agent.id });
      await expect(service.return(advisor, created.id)).rejects.toMatchObject({ status: 409 });
      await expect(service.close(advisor, created.id)).rejects.toMatchObject({ status: 409 });
    });

    it('resolves the conversation when the advisor closes the handover', async () => {
      const conversationId = await newConversation();
      const created = await service.create(agent, conversationId, {
        teamId: noord,
        mode: 'handover',
        reason: 'x',
      });
      await service.accept(advisor, created.id);
      expect((await service.close(advisor, created.id)).status).toBe('closed');
      expect((await conversationRow(conversationId)).status).toBe('resolved');
    });

    it('lets a supervisor return a handover for an advisor', async () => {
      const conversationId = await newConversation();
      const created = await service.create(agent, conversationId, {
        teamId: noord,
        mode: 'handover',
        reason: 'x',
      });
      await service.accept(advisor, created.id);
      expect((await service.return(supervisor, created.id)).status).toBe('returned');
    });
  });

  describe('withdrawing', () => {
    it('lets only who asked (or a supervisor) withdraw an open escalation', async () => {
      const conversationId = await newConversation();
      const created = await service.create(agent, conversationId, {
        teamId: noord,
        mode: 'consult',
        reason: 'x',
      });
      await expect(service.close(agent2, created.id)).rejects.toMatchObject({ status: 403 });
      await expect(service.close(advisor, created.id)).rejects.toMatchObject({ status: 403 });
      expect((await service.close(agent, created.id)).status).toBe('closed');
      expect((await conversationRow(conversationId)).status).toBe('open');
      await expect(service.accept(advisor, created.id)).rejects.toMatchObject({ status: 409 });
    });
  });

  describe('reading', () => {
    it('answers 403 to an advisor for a conversation outside their teams, 404 for one that does not exist', async () => {
      const conversationId = await newConversation();
      await expect(conversations.detail(advisor, conversationId)).rejects.toMatchObject({ status: 403 });
      await expect(
        conversations.detail(advisor, '00000000-0000-4000-8000-000000000000'),
      ).rejects.toMatchObject({ status: 404 });
      await service.create(agent, conversationId, { teamId: zuid, mode: 'consult', reason: 'x' });
      await expect(conversations.detail(advisor, conversationId)).rejects.toMatchObject({ status: 403 });
      await expect(conversations.detail(outsider, conversationId)).resolves.toMatchObject({
        id: conversationId,
      });
    });

    it('lists by urgency then pickup deadline, scoped by role, and shows breached pickups', async () => {
      const low = await newConversation('low');
      const urgent = await newConversation('urgent');
      const a = await service.create(agent2, low, { teamId: noord, mode: 'consult', reason: 'laag' });
      const b = await service.create(agent2, urgent, { teamId: noord, mode: 'handover', reason: 'spoed' });
      await db.query(`UPDATE escalations SET due_at = now() - interval '1 minute' WHERE id = $1`, [a.id]);

      const forAdvisor = (await service.list(advisor, { status: ['open'] })).items;
      const ids = forAdvisor.map((e) => e.id);
      expect(ids.indexOf(b.id)).toBeLessThan(ids.indexOf(a.id));
      expect(forAdvisor.every((e) => e.teamId === noord && e.status === 'open')).toBe(true);
      expect(forAdvisor.find((e) => e.id === a.id)?.pickupBreached).toBe(true);
      expect(forAdvisor.find((e) => e.id === b.id)?.pickupBreached).toBe(false);

      const forAgent2 = (await service.list(agent2, { status: ['open'] })).items;
      expect(forAgent2.map((e) => e.id).sort()).toEqual([a.id, b.id].sort());
      expect((await service.list(outsider, { status: ['open'] })).items.every((e) => e.teamId === zuid)).toBe(
        true,
      );
      const all = (await service.list(supervisor, {})).items;
      expect(all.length).toBeGreaterThan(forAdvisor.length);
      expect((await service.list(agent, { conversation: low })).items.map((e) => e.id)).toEqual([a.id]);
    });

    it('answers 404 for an unknown escalation', async () => {
      await expect(service.accept(advisor, '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
        status: 404,
      });
      await expect(service.accept(advisor, 'nope')).rejects.toMatchObject({ status: 404 });
    });
  });
});
