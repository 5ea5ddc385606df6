import type { UnprocessableEventList } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { loginDemoUsers } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { IngestService } from './ingest.service';
import { IngestWorker } from './ingest.worker';

describe('events that could not be processed', () => {
  let app: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;

  const call = (role: string, method: string, path: string) =>
    fetch(`${app.url}${path}`, { method, headers: { Authorization: `Bearer ${tokens[role]}` } });

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0' });
    db = app.app.get(DataSource);
    tokens = await loginDemoUsers(app.url);
  });
  afterAll(() => app.close());

  it('are listed for supervisors after the last retry fails, and go back in the queue on retry', async () => {
    await app.app.get(IngestService).accept('whatsapp', Buffer.from('{}'), 'application/json', [
      {
        kind: 'message',
        provider: 'whatsapp',
        channel: 'whatsapp',
        providerMessageId: 'wamid.unprocessable',
        accountId: 'poison-number',
        sender: { providerId: '31612345678' },
        text: 'Hallo',
        attachments: [],
        sentAt: new Date(),
      },
    ]);
    // A stored event its handler cannot apply (no sender): every attempt fails the same way.
    const [[event]] = await db.query(
      `UPDATE inbound_events SET payload = payload - 'sender' WHERE dedupe_key LIKE '%unprocessable%' RETURNING id`,
    );
    const worker = app.app.get(IngestWorker);

    await expect(worker.handle(event.id, { retryCount: 0, retryLimit: 2 })).rejects.toThrow();
    const unprocessable = async () =>
      (await (await call('supervisor', 'GET', '/api/ingest/unprocessable')).json()) as UnprocessableEventList;
    let list = await unprocessable();
    expect(list.items).toEqual([]);

    await expect(worker.handle(event.id, { retryCount: 2, retryLimit: 2 })).rejects.toThrow();
    list = await unprocessable();
    expect(list.items).toEqual([
      expect.objectContaining({ id: event.id, provider: 'whatsapp', kind: 'message', reason: 'TypeError' }),
    ]);
    expect(JSON.stringify(list)).not.toContain('Hallo');
    expect((await call('agent', 'GET', '/api/ingest/unprocessable')).status).toBe(403);
    expect((await call('agent', 'POST', `/api/ingest/unprocessable/${event.id}/retry`)).status).toBe(403);

    expect((await call('supervisor', 'POST', `/api/ingest/unprocessable/${event.id}/retry`)).status).toBe(
      202,
    );
    list = await unprocessable();
    expect(list.items).toEqual([]);
    // Back in the outbox: unclaimed, a fresh set of attempts.
    const [row] = await db.query(
      'SELECT attempts, lease_until, failed_at, processed_at FROM inbound_events WHERE id = $1',
      [event.id],
    );
    expect(row).toEqual({ attempts: 0, lease_until: null, failed_at: null, processed_at: null });
    const again = await call('supervisor', 'POST', `/api/ingest/unprocessable/${event.id}/retry`);
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ code: 'INBOUND_EVENT_NOT_FOUND' });
    expect((await call('admin', 'POST', '/api/ingest/unprocessable/not-an-id/retry')).status).toBe(404);
  });
});
