import { DataSource } from 'typeorm';
import { IngestProcessor } from '../ingest/ingest.processor';
import { IngestService } from '../ingest/ingest.service';
import { ConversationsService } from '../conversations/conversations.service';
import type { Actor } from '../common/current-user';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SendWorker } from './send.worker';

describe('a provider that stays down', () => {
  let app: TestApp;
  let db: DataSource;
  let agent: Actor;

  beforeAll(async () => {
    // Live X on a port nothing listens on: every send fails as "could not reach the provider".
    app = await startTestApp({
      RUN_WORKERS: '0',
      OUTBOUND_TRANSPORT: 'live',
      X_API_URL: 'http://127.0.0.1:9',
      X_ACCESS_TOKEN: 'x-token',
    });
    db = app.app.get(DataSource);
    const [row] = await db.query(`SELECT id, name FROM users WHERE email = 'agent@example.org'`);
    agent = { id: row.id, role: 'agent', name: row.name, ip: '127.0.0.1' };
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps the reply queued with the reason, and tries again later instead of failing it', async () => {
    await app.app.get(IngestService).accept('x', Buffer.from('{}'), 'application/json', [
      {
        kind: 'message',
        provider: 'x',
        channel: 'x_dm',
        providerMessageId: 'dm-outage-1',
        accountId: '1455667788990011223',
        sender: { providerId: '987654321012345678', name: 'Sanne' },
        text: 'Is mijn fiets al klaar?',
        attachments: [],
        sentAt: new Date(),
      },
    ]);
    const [event] = await db.query(`SELECT id FROM inbound_events ORDER BY received_at DESC LIMIT 1`);
    const outcome = await app.app.get(IngestProcessor).process(event.id, { retryCount: 0, retryLimit: 3 });
    const reply = await app.app
      .get(ConversationsService)
      .reply(agent, outcome.conversationId as string, 'We kijken het na.');

    const worker = app.app.get(SendWorker);
    await expect(worker.send(reply.id, { retryCount: 0, retryLimit: 2 })).rejects.toThrow(/reach/);
    // The queue's quick retries are used up: not failed, still queued, saying why.
    await worker.send(reply.id, { retryCount: 2, retryLimit: 2 });
    const [row] = await db.query('SELECT delivery_status, delivery_error FROM messages WHERE id = $1', [
      reply.id,
    ]);
    expect(row.delivery_status).toBe('queued');
    expect(row.delivery_error).toMatch(/could not reach the provider.*still queued/);
    const jobs = await db.query(
      `SELECT start_after FROM pgboss.job WHERE name = 'send-message' AND data->>'messageId' = $1 AND (data->>'waits')::int = 1`,
      [reply.id],
    );
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0].start_after).getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);

    // After the last wait it fails, in plain words.
    await worker.send(reply.id, { retryCount: 2, retryLimit: 2 }, 12);
    const [failed] = await db.query('SELECT delivery_status, delivery_error FROM messages WHERE id = $1', [
      reply.id,
    ]);
    expect(failed.delivery_status).toBe('failed');
    expect(failed.delivery_error).toMatch(/could not reach the provider/);
  });
});
