import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';

describe('failed logins, limited in PostgreSQL', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0', LOGIN_RATE_LIMIT: '10' });
  });
  afterAll(() => app.close());

  const login = (email: string, password: string, address: string) =>
    fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      // The app trusts X-Forwarded-For from loopback, as behind a proxy: each test address is its own.
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ email, password }),
    });

  const statuses = async (responses: Promise<Response>[]) =>
    (await Promise.all(responses)).map((r) => r.status);
  const count = (list: number[], status: number) => list.filter((s) => s === status).length;

  it('checks 3 parallel guesses from one address at an account, refusing the rest with a wait', async () => {
    const list = await statuses(
      Array.from({ length: 50 }, () => login('agent@example.org', 'wrong', '203.0.113.1')),
    );
    expect([count(list, 401), count(list, 429)]).toEqual([3, 47]);
    const refused = await login('agent@example.org', 'wrong', '203.0.113.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // The real person at another address is not held up by the guesser.
    expect((await login('agent@example.org', DEMO_PASSWORD, '198.51.100.7')).status).toBe(200);
  });

  it('checks exactly the account limit of guesses spread over many addresses; the real person waits seconds', async () => {
    const list = await statuses(
      Array.from({ length: 50 }, (_, i) => login('agent2@example.org', 'wrong', `203.0.113.${100 + i}`)),
    );
    expect([count(list, 401), count(list, 429)]).toEqual([10, 40]);
    const held = await login('agent2@example.org', DEMO_PASSWORD, '198.51.100.8');
    expect(held.status).toBe(429);
    const wait = Number(held.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(5);
    await new Promise((r) => setTimeout(r, wait * 1000 + 100));
    expect((await login('agent2@example.org', DEMO_PASSWORD, '198.51.100.8')).status).toBe(200);
  });

  it('gives one address ten times the account limit before spacing it out, and keeps the count in the database', async () => {
    const office = '192.0.2.50';
    for (let round = 0; round < 10; round++) {
      const list = await statuses(
        Array.from({ length: 10 }, (_, i) => login(`nobody${round}-${i}@example.org`, 'wrong', office)),
      );
      expect(list).toEqual(list.map(() => 401));
    }
    expect((await login('advisor@example.org', 'wrong', office)).status).toBe(429);
    const [{ failures }] = await app.app
      .get(DataSource)
      .query(`SELECT failures FROM login_throttle WHERE key = $1`, [`password:address:${office}`]);
    expect(failures).toBe(100);
  });
});
