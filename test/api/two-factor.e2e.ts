import type { AdminUser, LoginChallenge, LoginResponse, TwoFactorEnabled } from '@webcare/shared';
import { totp } from '../../api/src/auth/totp';
import { startApp, type RunningApp } from '../support/app';
import { client, DEMO_PASSWORD, eventually } from '../support/api';
import { connectSocket } from '../support/socket';

async function passwordLogin(app: RunningApp, email: string, password = DEMO_PASSWORD) {
  const response = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Partial<LoginResponse & LoginChallenge>,
  };
}

async function verify(app: RunningApp, challengeToken: string, code: string) {
  const response = await fetch(`${app.url}/api/auth/2fa/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ challengeToken, code }),
  });
  return {
    status: response.status,
    body: (await response.json()) as Partial<LoginResponse> & { code?: string },
  };
}

/** Enrols a user: setup, then the first right code. Returns the secret and what enable answered. */
async function enrol(app: RunningApp, token: string) {
  const api = client(app.url, token);
  const setup = await api.post<{ secret: string; otpauthUrl: string }>('/api/auth/2fa/setup');
  expect(setup.status).toBe(200);
  expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
  const wrong = await api.post('/api/auth/2fa/enable', {
    code: '000000' === totp(setup.body.secret) ? '111111' : '000000',
  });
  expect(wrong.status).toBe(401);
  const enabled = await api.post<TwoFactorEnabled & LoginResponse>('/api/auth/2fa/enable', {
    code: totp(setup.body.secret),
  });
  expect(enabled.status).toBe(200);
  return { secret: setup.body.secret, enabled: enabled.body };
}

describe('two-factor login and user administration (black box, policy on)', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ TWO_FACTOR_REQUIRED: '1' });
  });
  afterAll(() => app?.stop());

  it('a supervisor without 2FA can only enrol and cannot read the access log; with 2FA they can', async () => {
    const first = await passwordLogin(app, 'supervisor@example.org');
    expect(first.status).toBe(200);
    expect(first.body.accessToken).toBeDefined();
    const restricted = client(app.url, first.body.accessToken!);
    const audit = await restricted.get('/api/audit');
    expect(audit.status).toBe(403);
    expect(audit.body).toMatchObject({ code: 'TWO_FACTOR_REQUIRED' });
    expect((await restricted.get('/api/conversations')).status).toBe(403);
    expect((await restricted.get('/api/me')).status).toBe(200);

    const { secret, enabled } = await enrol(app, first.body.accessToken!);
    expect(enabled.recoveryCodes).toHaveLength(10);
    const withSecondFactor = client(app.url, enabled.accessToken);
    expect((await withSecondFactor.get('/api/audit')).status).toBe(200);
    expect((await withSecondFactor.get('/api/audit/verify')).body).toMatchObject({ ok: true });

    // The next login asks for the code; the code just used cannot be used again, the next one can.
    const again = await passwordLogin(app, 'supervisor@example.org');
    expect(again.body.accessToken).toBeUndefined();
    expect(again.body.challengeToken).toBeDefined();
    const reused = await verify(app, again.body.challengeToken!, totp(secret));
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('TWO_FACTOR_INVALID');
    const next = await verify(app, again.body.challengeToken!, totp(secret, Date.now() + 30_000));
    expect(next.status).toBe(200);
    expect((await client(app.url, next.body.accessToken!).get('/api/audit')).status).toBe(200);

    // A recovery code works once.
    const third = await passwordLogin(app, 'supervisor@example.org');
    const recovered = await verify(app, third.body.challengeToken!, enabled.recoveryCodes[0]);
    expect(recovered.status).toBe(200);
    const fourth = await passwordLogin(app, 'supervisor@example.org');
    expect((await verify(app, fourth.body.challengeToken!, enabled.recoveryCodes[0])).status).toBe(401);

    // Wrong codes are limited like wrong passwords.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await verify(app, fourth.body.challengeToken!, '123456')).status);
    expect(statuses).toContain(429);
  });

  it('agents work without 2FA under the policy', async () => {
    const agent = await passwordLogin(app, 'agent@example.org');
    expect((await client(app.url, agent.body.accessToken!).get('/api/conversations')).status).toBe(200);
  });

  it('admins create users, change roles, deactivate at once (token and socket), and reset 2FA', async () => {
    const adminLogin = await passwordLogin(app, 'admin@example.org');
    const { enabled } = await enrol(app, adminLogin.body.accessToken!);
    const admin = client(app.url, enabled.accessToken);

    const created = await admin.post<AdminUser>('/api/users', {
      email: 'nieuw@example.org',
      name: 'Nina Nieuw',
      role: 'agent',
      password: 'een-lang-wachtwoord',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'nieuw@example.org',
      role: 'agent',
      active: true,
      twoFactor: false,
    });
    expect(
      (
        await admin.post('/api/users', {
          email: 'nieuw@example.org',
          name: 'X',
          role: 'agent',
          password: 'een-lang-wachtwoord',
        })
      ).status,
    ).toBe(409);
    const badRole = await admin.post('/api/users', {
      email: 'x@example.org',
      name: 'X',
      role: 'boss',
      password: 'een-lang-wachtwoord',
    });
    expect(badRole.status).toBe(400);
    const agentToken = (await passwordLogin(app, 'agent@example.org')).body.accessToken!;
    expect(
      (
        await client(app.url, agentToken).post('/api/users', {
          email: 'y@example.org',
          name: 'Y',
          role: 'admin',
          password: 'een-lang-wachtwoord',
        })
      ).status,
    ).toBe(403);

    const nina = await passwordLogin(app, 'nieuw@example.org', 'een-lang-wachtwoord');
    expect(nina.status).toBe(200);
    const ninaApi = client(app.url, nina.body.accessToken!);
    expect((await ninaApi.get('/api/conversations')).status).toBe(200);
    const socket = await connectSocket(app.url, nina.body.accessToken!);
    expect(socket.connected).toBe(true);

    const role = await admin.request<AdminUser>('PATCH', `/api/users/${created.body.id}`, {
      role: 'advisor',
    });
    expect(role.status).toBe(200);
    expect((await ninaApi.get('/api/conversations')).status).toBe(401);
    await eventually(async () => !socket.connected, 5000, 'the socket to close after the role change');

    const relogin = await passwordLogin(app, 'nieuw@example.org', 'een-lang-wachtwoord');
    const socket2 = await connectSocket(app.url, relogin.body.accessToken!);
    expect(socket2.connected).toBe(true);
    const off = await admin.request<AdminUser>('PATCH', `/api/users/${created.body.id}`, { active: false });
    expect(off.body.active).toBe(false);
    expect((await client(app.url, relogin.body.accessToken!).get('/api/me')).status).toBe(401);
    await eventually(async () => !socket2.connected, 5000, 'the socket to close after deactivation');
    expect((await passwordLogin(app, 'nieuw@example.org', 'een-lang-wachtwoord')).status).toBe(401);
    const refused = await connectSocket(app.url, relogin.body.accessToken!).catch(() => null);
    if (refused)
      await eventually(async () => !refused.connected, 5000, 'a revoked token to be refused a socket');
    expect((await admin.request('PATCH', `/api/users/${enabled.user.id}`, { active: false })).status).toBe(
      409,
    );

    // Reset 2FA: the supervisor's sessions end; the next login gives a restricted session to enrol again.
    const all = await admin.get<AdminUser[]>('/api/users/all');
    const supervisor = all.body.find((u) => u.email === 'supervisor@example.org')!;
    expect(supervisor.twoFactor).toBe(true);
    const reset = await admin.post<AdminUser>(`/api/users/${supervisor.id}/2fa/reset`);
    expect(reset.body.twoFactor).toBe(false);
    const after = await passwordLogin(app, 'supervisor@example.org');
    expect(after.body.accessToken).toBeDefined();
    expect((await client(app.url, after.body.accessToken!).get('/api/audit')).status).toBe(403);
  });
});
