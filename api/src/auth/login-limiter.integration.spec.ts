import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { LoginClock } from './login-clock';

describe('failed logins, limited in PostgreSQL', () => {
  let app: TestApp;
  let heldClock: jest.SpyInstance<Date | null>;
  /**
   * The limiter's time, held still: a wait runs out only when a test moves the clock on, however long
   * the machine takes over the logins in between.
   */
  let clockAt = Date.parse('2026-03-02T09:00:00Z');
  const moveClock = (ms: number) => {
    clockAt += ms;
  };

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0', LOGIN_RATE_LIMIT: '10' });
    heldClock = jest.spyOn(app.app.get(LoginClock), 'now').mockImplementation(() => new Date(clockAt));
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
  /** An answer's status and the whole seconds it asks to wait, if any. */
  const statusAndWait = async (response: Promise<Response>) => {
    const answer = await response;
    return { status: answer.status, retryAfter: answer.headers.get('retry-after') };
  };

  it('checks 3 parallel guesses from one address at an account, then spaces them out 5 s, 10 s, 20 s …', async () => {
    const guess = () => login('agent@example.org', 'wrong', '203.0.113.1');
    const list = await statuses(Array.from({ length: 50 }, guess));
    expect([count(list, 401), count(list, 429)]).toEqual([3, 47]);
    const refused = await guess();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // The real person at another address is not held up by the guesser.
    expect((await login('agent@example.org', DEMO_PASSWORD, '198.51.100.7')).status).toBe(200);
    // Each guess after a wait doubles the next; the wait holds to the millisecond.
    for (const seconds of [5, 10, 20]) {
      moveClock(seconds * 1000 - 1);
      expect(await statusAndWait(guess())).toEqual({ status: 429, retryAfter: '1' });
      moveClock(1);
      expect((await guess()).status).toBe(401);
      expect(await statusAndWait(guess())).toEqual({ status: 429, retryAfter: String(seconds * 2) });
    }
  });

  it('checks exactly the account limit of guesses spread over many addresses; the real person waits at most a minute', async () => {
    let address = 100;
    const guess = () => login('agent2@example.org', 'wrong', `203.0.113.${address++}`);
    const list = await statuses(Array.from({ length: 50 }, guess));
    expect([count(list, 401), count(list, 429)]).toEqual([10, 40]);
    const person = () => login('agent2@example.org', DEMO_PASSWORD, '198.51.100.8');
    expect(await statusAndWait(person())).toEqual({ status: 429, retryAfter: '5' });
    // Guessing on from fresh addresses as soon as allowed: the wait doubles up to a minute, no further.
    let wait = 5;
    for (const next of [10, 20, 40, 60, 60]) {
      moveClock(wait * 1000);
      expect((await guess()).status).toBe(401);
      expect(await statusAndWait(person())).toEqual({ status: 429, retryAfter: String(next) });
      wait = next;
    }
    moveClock(wait * 1000);
    expect((await person()).status).toBe(200);
  });

  it('gives one address ten times the account limit before spacing it out, and keeps the count in the database', async () => {
    const office = '192.0.2.50';
    for (let round = 0; round < 10; round++) {
      const list = await statuses(
        Array.from({ length: 10 }, (_, i) => login(`nobody${round}-${i}@example.org`, 'wrong', office)),
      );
      expect(list).toEqual(list.map(() => 401));
    }
    expect(await statusAndWait(login('advisor@example.org', 'wrong', office))).toEqual({
      status: 429,
      retryAfter: '5',
    });
    const [{ failures }] = await app.app
      .get(DataSource)
      .query(`SELECT failures FROM login_throttle WHERE key = $1`, [`password:address:${office}`]);
    expect(failures).toBe(100);
  });

  it('counts on the clock of the database when given none', async () => {
    heldClock.mockRestore();
    for (let i = 0; i < 3; i++) {
      expect((await login('supervisor@example.org', 'wrong', '192.0.2.77')).status).toBe(401);
    }
    // The third failure waits 5 s from the database's time then: after the first, before this query.
    const [row] = await app.app.get(DataSource).query(
      `SELECT blocked_until >= window_started_at + interval '5 seconds' AS after_first,
              blocked_until <= now() + interval '5 seconds' AS before_now
         FROM login_throttle WHERE key = $1`,
      ['password:pair:supervisor@example.org|192.0.2.77'],
    );
    expect(row).toEqual({ after_first: true, before_now: true });
  });
});
