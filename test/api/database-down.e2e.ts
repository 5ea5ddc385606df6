import { Client } from 'pg';
import { client, eventually, login } from '../support/api';
import { startApp, type RunningApp } from '../support/app';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('when the database is down (black box)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    // If the app died, what it printed last says why.
    if (app.process.exitCode !== null) console.error(app.output().slice(-6000));
    await app.stop();
  });

  /**
   * Closes or opens the app's database from an administrator's connection of its own, opened for each
   * step: a connection held through the test can itself be dropped while the server is under load.
   */
  const cutOff = async (allow: boolean) => {
    for (let attempt = 1; ; attempt++) {
      const admin = new Client({ connectionString: app.databaseAdminUrl });
      admin.on('error', () => undefined);
      try {
        await admin.connect();
        await admin.query(`ALTER DATABASE ${app.databaseName} ALLOW_CONNECTIONS ${allow}`);
        if (!allow) {
          await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [app.databaseName],
          );
        }
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((r) => setTimeout(r, 500));
      } finally {
        await admin.end().catch(() => undefined);
      }
    }
  };

  it('answers 503 so the provider retries, never 200 for an event it did not store; and recovers', async () => {
    await cutOff(false);
    try {
      const response = await postMeta(
        app.url,
        '/webhooks/meta',
        messengerDelivery({ mid: 'm_while_down', senderId: '99', text: 'Hallo' }),
      );
      expect(response.status).toBe(503);
      expect(JSON.parse(response.text)).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      const health = await fetch(`${app.url}/health`);
      expect(health.status).toBe(503);
    } finally {
      await cutOff(true);
    }
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (
        await postMeta(
          app.url,
          '/webhooks/meta',
          messengerDelivery({ mid: 'm_after_recovery', senderId: '99', text: 'Hallo' }),
        )
      ).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(200);
  });

  it('keeps running when the database goes away while workers are busy, and processes everything after', async () => {
    const api = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
    const mids = Array.from({ length: 30 }, (_, i) => `m_blip_${i}`);
    const statuses = await Promise.all(
      mids.map((mid, i) =>
        postMeta(app.url, '/webhooks/meta', messengerDelivery({ mid, senderId: `88${i}`, text: 'Blip' })),
      ),
    );
    expect(statuses.map((r) => r.status)).toEqual(mids.map(() => 200));
    await cutOff(false);
    await new Promise((r) => setTimeout(r, 3000));
    await cutOff(true);
    expect(app.process.exitCode).toBeNull();
    const health = await eventually(async () => {
      const response = await fetch(`${app.url}/health`);
      return response.status === 200 ? response.status : undefined;
    });
    expect(health).toBe(200);
    const blips = await eventually(
      async () => {
        const page = await api.conversations('?limit=200');
        const count = page.items.filter((c) => c.lastMessagePreview === 'Blip').length;
        return count === mids.length ? count : undefined;
      },
      90_000,
      'every message after the database came back',
    );
    expect(blips).toBe(mids.length);
    expect(app.process.exitCode).toBeNull();
  }, 120_000);
});
