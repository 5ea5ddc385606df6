import { DataSource } from 'typeorm';
import { loginDemoUsers } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/** Saved replies over HTTP: who may keep them, who sees which, and what bad input gets. */
describe('saved replies', () => {
  let app: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;

  const call = (method: string, path: string, role: string, body?: unknown) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[role]}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0', ORGANISATION_NAME: 'Zorggroep Noord' });
    db = app.app.get(DataSource);
    tokens = await loginDemoUsers(app.url);
  });
  afterAll(() => app.close());

  it('lets a supervisor save one for the organisation and returns it in the contract shape', async () => {
    const response = await call('POST', '/api/saved-replies', 'supervisor', {
      title: 'Bezoektijden',
      text: 'Dag {naam}, bezoek is welkom van 10 tot 20 uur. Groet, {organisatie}',
      language: 'nl',
    });
    expect(response.status).toBe(201);
    const saved = (await response.json()) as Record<string, unknown>;
    expect(saved).toEqual({
      id: expect.any(String),
      title: 'Bezoektijden',
      text: 'Dag {naam}, bezoek is welkom van 10 tot 20 uur. Groet, {organisatie}',
      language: 'nl',
      teamId: null,
    });
    const list = (await (await call('GET', '/api/saved-replies', 'agent')).json()) as {
      items: { id: string }[];
    };
    expect(list.items.map((item) => item.id)).toContain(saved.id);
  });

  it('shows a team reply to that team and to supervisors only', async () => {
    const [team] = await db.query(
      `INSERT INTO teams (name, kind) VALUES ('Saved replies test team', 'region') RETURNING id`,
    );
    const response = await call('POST', '/api/saved-replies', 'admin', {
      title: 'Team zuid',
      text: 'Our region team will call you.',
      language: 'en',
      teamId: team.id,
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const ids = async (role: string) =>
      (
        (await (await call('GET', '/api/saved-replies', role)).json()) as { items: { id: string }[] }
      ).items.map((item) => item.id);
    expect(await ids('agent')).not.toContain(id);
    expect(await ids('supervisor')).toContain(id);
    const [agent] = await db.query(`SELECT id FROM users WHERE email = 'agent@example.org'`);
    await db.query(`INSERT INTO team_members (team_id, user_id) VALUES ($1, $2)`, [team.id, agent.id]);
    expect(await ids('agent')).toContain(id);
  });

  it('is kept by supervisors and admins only', async () => {
    const body = { title: 'X', text: 'Y', language: 'nl' };
    expect((await call('POST', '/api/saved-replies', 'agent', body)).status).toBe(403);
    expect((await call('POST', '/api/saved-replies', 'advisor', body)).status).toBe(403);
  });

  it('refuses bad input with a clear error and keeps nothing', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM saved_replies`);
    for (const body of [
      { title: '', text: 'x', language: 'nl' },
      { title: 'x', text: '   ', language: 'nl' },
      { title: 'x', text: 'y', language: 'de' },
      { title: 'x', text: 'y'.repeat(4001), language: 'nl' },
      { title: 'x', text: 'y', language: 'nl', teamId: 'not-a-team' },
    ]) {
      const response = await call('POST', '/api/saved-replies', 'supervisor', body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
    }
    const unknownTeam = await call('POST', '/api/saved-replies', 'supervisor', {
      title: 'x',
      text: 'y',
      language: 'nl',
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownTeam.status).toBe(400);
    expect(((await unknownTeam.json()) as { code: string }).code).toBe('TEAM_NOT_FOUND');
    expect(await db.query(`SELECT count(*)::int AS n FROM saved_replies`)).toEqual(before);
  });

  it('is changed and removed by supervisors, and every change is in the access log', async () => {
    const created = (await (
      await call('POST', '/api/saved-replies', 'supervisor', {
        title: 'Oud',
        text: 'Oude tekst',
        language: 'nl',
      })
    ).json()) as { id: string };
    const updated = await call('PUT', `/api/saved-replies/${created.id}`, 'supervisor', {
      title: 'Nieuw',
      text: 'Nieuwe tekst',
      language: 'nl',
    });
    expect(updated.status).toBe(200);
    expect(((await updated.json()) as { title: string }).title).toBe('Nieuw');
    expect((await call('DELETE', `/api/saved-replies/${created.id}`, 'agent')).status).toBe(403);
    expect((await call('DELETE', `/api/saved-replies/${created.id}`, 'supervisor')).status).toBe(204);
    const missing = await call('DELETE', `/api/saved-replies/${created.id}`, 'supervisor');
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { code: string }).code).toBe('SAVED_REPLY_NOT_FOUND');
    const actions = (
      await db.query(`SELECT action FROM audit_log WHERE details->>'savedReplyId' = $1 ORDER BY id`, [
        created.id,
      ])
    ).map((row: { action: string }) => row.action);
    expect(actions).toEqual(['saved_reply.create', 'saved_reply.update', 'saved_reply.delete']);
  });

  it("gives the console the organisation's name for {organisatie}", async () => {
    const response = await call('GET', '/api/saved-replies/variables', 'agent');
    expect(await response.json()).toEqual({ organisatie: 'Zorggroep Noord' });
  });
});
