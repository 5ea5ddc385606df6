import { startTestApp, type TestApp } from '../../test-support/test-app';
import { DataSource } from 'typeorm';
import { ConversationsService } from './conversations.service';
import type { Actor } from '../common/current-user';

describe('ConversationsService on PostgreSQL', () => {
  let app: TestApp;
  let service: ConversationsService;
  let agents: Actor[];
  let conversationId: string;

  beforeAll(async () => {
    app = await startTestApp();
    service = app.app.get(ConversationsService);
    const db = app.app.get(DataSource);
    const users: { id: string; role: 'agent'; name: string }[] = await db.query(
      `SELECT id, role, name FROM users WHERE role = 'agent' ORDER BY email`,
    );
    agents = users.map((u) => ({ ...u, ip: '127.0.0.1' }));
    const [account] = await db.query(
      `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('meta', 'p1', 'Page') RETURNING id`,
    );
    const [contact] = await db.query(`INSERT INTO contacts (display_name) VALUES ('Sanne') RETURNING id`);
    const [conversation] = await db.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, last_message_at)
       VALUES ('messenger', 'private', $1, $2, 'dm:1', now()) RETURNING id`,
      [account.id, contact.id],
    );
    conversationId = conversation.id;
  });
  afterAll(() => app.close());

  it('gives two agents claiming at once exactly one winner', async () => {
    const results = await Promise.allSettled(agents.map((agent) => service.assign(agent, conversationId)));
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
  });

  it('refuses setting escalated by hand and allows resolve then reopen', async () => {
    await expect(service.setStatus(agents[0], conversationId, 'escalated')).rejects.toMatchObject({
      status: 409,
    });
    expect((await service.setStatus(agents[0], conversationId, 'resolved')).status).toBe('resolved');
    expect((await service.setStatus(agents[0], conversationId, 'open')).status).toBe('open');
  });
});
