import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { Actor } from '../common/current-user';
import { ConversationsService } from '../conversations/conversations.service';
import { CallBacksService } from './call-backs.service';

describe('CallBacksService on PostgreSQL', () => {
  let app: TestApp;
  let db: DataSource;
  let service: CallBacksService;
  let conversations: ConversationsService;
  let agent: Actor;
  let advisor: Actor;
  let conversationId: string;
  let whatsappConversationId: string;

  const actor = async (email: string): Promise<Actor> => {
    const [user] = await db.query('SELECT id, role, name FROM users WHERE email = $1', [email]);
    return { ...user, ip: '127.0.0.1' };
  };

  beforeAll(async () => {
    app = await startTestApp();
    db = app.app.get(DataSource);
    service = app.app.get(CallBacksService);
    conversations = app.app.get(ConversationsService);
    agent = await actor('agent@example.org');
    advisor = await actor('advisor@example.org');
    const [account] = await db.query(
      `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('meta', 'p-cb', 'Page') RETURNING id`,
    );
    const [contact] = await db.query(
      `INSERT INTO contacts (display_name, phone) VALUES ('Henk', '+31612345678') RETURNING id`,
    );
    const [conversation] = await db.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, last_message_at)
       VALUES ('messenger', 'private', $1, $2, 'dm:cb', now()) RETURNING id`,
      [account.id, contact.id],
    );
    conversationId = conversation.id;
    const [waAccount] = await db.query(
      `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('whatsapp', 'wa-cb', 'WhatsApp') RETURNING id`,
    );
    const [waContact] = await db.query(`INSERT INTO contacts (display_name) VALUES ('Mies') RETURNING id`);
    await db.query(
      `INSERT INTO contact_identities (contact_id, provider, account_external_id, external_id) VALUES ($1, 'whatsapp', 'wa-cb', '31687654321')`,
      [waContact.id],
    );
    const [wa] = await db.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, last_message_at)
       VALUES ('whatsapp', 'private', $1, $2, 'dm:wa', now()) RETURNING id`,
      [waAccount.id, waContact.id],
    );
    whatsappConversationId = wa.id;
  });
  afterAll(() => app.close());

  it('creates a task with the contact’s number, a note in the thread and an audit entry', async () => {
    const dueAt = new Date(Date.now() + 30 * 60_000).toISOString();
    const task = await service.create({
      conversationId,
      reason: 'Vraag over de factuur',
      dueAt,
      actor: agent,
    });
    expect(task).toMatchObject({
      conversationId,
      phone: '+31612345678',
      reason: 'Vraag over de factuur',
      dueAt,
      status: 'open',
      outcome: null,
      overdue: false,
      createdBy: { id: agent.id },
    });
    const detail = await conversations.detail(agent, conversationId);
    expect(detail.callBackDueAt).toBe(dueAt);
    expect(
      detail.messages.some((m) => m.direction === 'note' && m.text.includes('Vraag over de factuur')),
    ).toBe(true);
    const audit = await db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE conversation_id = $1 AND action = 'call_back.create'`,
      [conversationId],
    );
    expect(audit[0].n).toBe(1);
    expect((await service.list(agent, { status: 'open' })).items.map((t) => t.id)).toContain(task.id);
  });

  it('takes a WhatsApp number from the identity, and a number given by hand over any default', async () => {
    const fromIdentity = await service.create({
      conversationId: whatsappConversationId,
      reason: 'x',
      actor: agent,
    });
    expect(fromIdentity.phone).toBe('+31687654321');
    const byHand = await service.create({ conversationId, reason: 'x', phone: '020 123 4567', actor: agent });
    expect(byHand.phone).toBe('020 123 4567');
  });

  it('records an outcome once; a retry creates the next task', async () => {
    const task = await service.create({ conversationId, reason: 'Terugbellen', actor: agent });
    const next = await service.recordOutcome(agent, task.id, { outcome: 'retry', note: 'voicemail' });
    expect(next.id).not.toBe(task.id);
    expect(next).toMatchObject({ status: 'open', phone: task.phone, reason: 'Terugbellen' });
    await expect(service.recordOutcome(agent, task.id, { outcome: 'reached' })).rejects.toMatchObject({
      status: 409,
    });
    const done = await service.recordOutcome(agent, next.id, { outcome: 'reached' });
    expect(done).toMatchObject({ id: next.id, status: 'done', outcome: 'reached' });
    const [first] = await db.query('SELECT status, outcome FROM call_back_tasks WHERE id = $1', [task.id]);
    expect(first).toEqual({ status: 'done', outcome: 'retry' });
    const notes = (await conversations.detail(agent, conversationId)).messages.filter((m) =>
      m.text.startsWith('Teruggebeld'),
    );
    expect(notes.map((m) => m.text)).toEqual([
      expect.stringMatching(
        /^Teruggebeld: niet bereikt \(poging 1\), nieuwe poging uiterlijk .*: voicemail$/,
      ),
      'Teruggebeld: bereikt',
    ]);
  });

  it('stores its notes as codes the console words, with the Dutch wording as text', async () => {
    const task = await service.create({ conversationId, reason: 'Vraag over medicatie', actor: agent });
    await service.recordOutcome(agent, task.id, { outcome: 'not_reached' });
    const notes = (await conversations.detail(agent, conversationId)).messages.filter(
      (m) => m.systemNote?.code === 'call_back.outcome',
    );
    expect(notes.at(-1)).toMatchObject({
      text: 'Teruggebeld: niet bereikt',
      systemNote: { code: 'call_back.outcome', params: { outcome: 'not_reached', due: null, note: null } },
    });
  });

  it('keeps advisors to conversations escalated to their teams (403), unknown tasks 404', async () => {
    await expect(service.create({ conversationId, reason: 'x', actor: advisor })).rejects.toMatchObject({
      status: 403,
    });
    expect((await service.list(advisor, { status: 'open' })).items).toEqual([]);
    await expect(
      service.recordOutcome(agent, '00000000-0000-4000-8000-000000000000', { outcome: 'reached' }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
