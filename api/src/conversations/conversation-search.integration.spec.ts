import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { Actor } from '../common/current-user';
import { ConversationsService } from './conversations.service';

describe('Conversation search on PostgreSQL', () => {
  let app: TestApp;
  let db: DataSource;
  let service: ConversationsService;
  let supervisor: Actor;
  const ids: Record<string, string> = {};

  async function conversation(key: string, name: string, channel: string, texts: string[]): Promise<void> {
    const [account] = await db.query(
      `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('meta', $1, 'Page') RETURNING id`,
      [`search-${key}`],
    );
    const [contact] = await db.query(`INSERT INTO contacts (display_name) VALUES ($1) RETURNING id`, [name]);
    const [row] = await db.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, last_message_at)
       VALUES ($1, 'private', $2, $3, $4, now()) RETURNING id`,
      [channel, account.id, contact.id, `dm:search-${key}`],
    );
    for (const text of texts) {
      await db.query(
        `INSERT INTO messages (conversation_id, direction, text, visibility, provider, sent_at, delivery_status)
         VALUES ($1, 'in', $2, 'private', 'meta', now(), 'received')`,
        [row.id, text],
      );
    }
    ids[key] = row.id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = app.app.get(DataSource);
    service = app.app.get(ConversationsService);
    const [user] = await db.query(`SELECT id, role, name FROM users WHERE role = 'supervisor' LIMIT 1`);
    supervisor = { id: user.id, role: user.role, ip: '127.0.0.1' } as Actor;
    await conversation('dutch', 'Sanne de Vries', 'messenger', [
      'Kan ik mijn afspraken bij de fysiotherapeut verzetten?',
    ]);
    await conversation('twice', 'Piet Jansen', 'whatsapp', [
      'Mijn afspraak is morgen.',
      'Over die afspraak: kan het later?',
    ]);
    await conversation('english', 'John Smith', 'messenger', ['I need to cancel my appointments next week']);
    await conversation('name', 'Afspraak Bakker', 'sms', ['Hallo']);
  });
  afterAll(() => app.close());

  const found = async (q: string, extra: Record<string, unknown> = {}) =>
    (await service.list(supervisor, { q, ...extra })).items.map((item) => item.id);

  it('finds Dutch words by their stem and English words by theirs', async () => {
    expect(await found('afspraak')).toEqual(expect.arrayContaining([ids.dutch, ids.twice]));
    expect(await found('appointment')).toEqual([ids.english]);
    expect(await found('fysiotherapeut')).toEqual([ids.dutch]);
  });

  it('finds contacts by name, and ranks a name match first, then more matching messages', async () => {
    expect(await found('jansen')).toEqual([ids.twice]);
    const ranked = await found('afspraak');
    expect(ranked[0]).toBe(ids.name);
    expect(ranked.indexOf(ids.twice)).toBeLessThan(ranked.indexOf(ids.dutch));
  });

  it('combines the words with the other filters', async () => {
    expect(await found('afspraak', { channel: 'whatsapp' })).toEqual([ids.twice]);
    expect(await found('afspraak', { statuses: ['resolved'] })).toEqual([]);
  });

  it('pages through results with a cursor', async () => {
    const first = await service.list(supervisor, { q: 'afspraak', limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await service.list(supervisor, { q: 'afspraak', limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]!.id);
    expect(first.items.length + second.items.length).toBe(3);
  });

  it('logs each conversation in the results as read by the searcher, without the words', async () => {
    await found('fysiotherapeut');
    const rows: { conversation_id: string; details: Record<string, unknown> }[] = await db.query(
      `SELECT conversation_id, details FROM audit_log WHERE action = 'conversation.search' AND actor_id = $1
        ORDER BY id DESC LIMIT 1`,
      [supervisor.id],
    );
    expect(rows[0]?.conversation_id).toBe(ids.dutch);
    expect(JSON.stringify(rows[0]?.details)).not.toContain('fysio');
  });

  it('treats search words as words, never as query syntax', async () => {
    expect(await found(`'); DROP TABLE messages; --`)).toEqual([]);
    expect(await found('"afspraak" OR -bakker')).toEqual(expect.arrayContaining([ids.dutch]));
  });
});
