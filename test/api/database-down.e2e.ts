import { Client } from 'pg';
import { startApp, type RunningApp } from '../support/app';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('when the database is down (black box)', () => {
  let app: RunningApp;
  let admin: Client;

  beforeAll(async () => {
    app = await startApp();
    admin = new Client({ connectionString: app.databaseAdminUrl });
    admin.on('error', () => undefined);
    await admin.connect();
  });
  afterAll(async () => {
    await admin.end();
    await app.stop();
  });

  const cutOff = async (allow: boolean) => {
    await admin.query(`ALTER DATABASE ${app.databaseName} ALLOW_CONNECTIONS ${allow}`);
    if (!allow) {
      await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [app.databaseName],
      );
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
});
