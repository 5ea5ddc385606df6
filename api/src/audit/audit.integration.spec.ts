import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { loginDemoUsers } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/** The access log over HTTP: filters, roles, and tamper detection by the hash chain. */
describe('access log (NEN 7513)', () => {
  let app: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;

  const get = (path: string, role = 'supervisor') =>
    fetch(`${app.url}${path}`, { headers: { Authorization: `Bearer ${tokens[role]}` } });

  /** As the database superuser, with the append-only trigger off: what a DBA could do. */
  async function tamper(sql: string, params: unknown[] = []): Promise<void> {
    const client = new Client({ connectionString: app.database.url });
    await client.connect();
    try {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change');
      await client.query(sql, params);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change');
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0' });
    db = app.app.get(DataSource);
    tokens = await loginDemoUsers(app.url);
  });
  afterAll(() => app.close());

  it('lists entries newest first with who, role, what, whose data, when and from where', async () => {
    const response = await get('/api/audit?limit=2');
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: Record<string, unknown>[]; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        at: expect.any(String),
        actor: expect.objectContaining({ id: expect.any(String), role: expect.any(String) }),
        action: 'login',
        conversationId: null,
        contactId: null,
        ip: expect.any(String),
      }),
    );
    expect(Number(page.items[0].id)).toBeGreaterThan(Number(page.items[1].id));
    expect(page.nextCursor).toBe(page.items[1].id);
    const next = (await (await get(`/api/audit?limit=2&cursor=${page.nextCursor}`)).json()) as {
      items: { id: string }[];
    };
    expect(Number(next.items[0].id)).toBeLessThan(Number(page.nextCursor));
  });

  it('exports the log for Dutch Excel: BOM, semicolons, local time, names, and logs the export', async () => {
    const response = await get('/api/audit/export.csv?action=login');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const lines = body.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Regel;Tijdstip;Medewerker;Rol;Handeling;Code;Persoon;Gesprek;Adres');
    expect(lines.length).toBeGreaterThan(1);
    const [id, at, actorName, role, words, action] = lines[1]!.split(';');
    expect(Number(id)).toBeGreaterThan(0);
    expect(at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    const [row] = await db.query(`SELECT at FROM audit_log WHERE id = $1`, [id]);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Amsterdam',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(row.at);
    expect(at).toBe(local);
    const [user] = await db.query(
      `SELECT u.name FROM audit_log a JOIN users u ON u.id = a.actor_id WHERE a.id = $1`,
      [id],
    );
    expect(actorName).toBe(user.name);
    expect(role).toMatch(/^(agent|advisor|supervisor|admin)$/);
    expect(action).toBe('login');
    expect(words).not.toBe('login');
    const [logged] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit.export'`);
    expect(logged.n).toBe(1);
    expect((await get('/api/audit/export.csv', 'agent')).status).toBe(403);
    expect((await get('/api/audit/export.csv?from=nonsense')).status).toBe(400);
  });

  it('filters by actor, action and period, and logs its own reading', async () => {
    const [supervisor] = await db.query(`SELECT id FROM users WHERE email = 'supervisor@example.org'`);
    const page = (await (await get(`/api/audit?actor=${supervisor.id}&action=login`)).json()) as {
      items: { actor: { id: string; role: string }; action: string }[];
    };
    expect(page.items.length).toBeGreaterThanOrEqual(1);
    expect(page.items.every((item) => item.actor.id === supervisor.id && item.action === 'login')).toBe(true);
    expect(page.items[0].actor.role).toBe('supervisor');
    const future = (await (await get('/api/audit?from=2099-01-01T00:00:00Z')).json()) as { items: unknown[] };
    expect(future.items).toEqual([]);
    const [read] = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'audit.read'`);
    expect(read.n).toBeGreaterThanOrEqual(3);
    expect((await get('/api/audit?actor=not-a-uuid')).status).toBe(400);
  });

  it.each(['agent', 'advisor'])('is closed to the %s role (403)', async (role) => {
    expect((await get('/api/audit', role)).status).toBe(403);
    expect((await get('/api/audit/verify', role)).status).toBe(403);
  });

  it('verifies an intact chain', async () => {
    const response = await get('/api/audit/verify', 'admin');
    expect(response.status).toBe(200);
    const result = (await response.json()) as { ok: boolean; count: number };
    expect(result.ok).toBe(true);
    expect(result.count).toBeGreaterThan(5);
  });

  it('keeps the application user from changing entries', async () => {
    await expect(db.query(`UPDATE audit_log SET ip = '10.0.0.1'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('names the first altered entry, and is whole again when the entry is restored', async () => {
    const [victim] = await db.query(
      `SELECT id::text, ip FROM audit_log ORDER BY audit_log.id OFFSET 2 LIMIT 1`,
    );
    await tamper(`UPDATE audit_log SET ip = '203.0.113.9' WHERE id = $1`, [victim.id]);
    const broken = (await (await get('/api/audit/verify')).json()) as { ok: boolean; firstBrokenId: string };
    expect(broken).toMatchObject({ ok: false, firstBrokenId: victim.id });

    await tamper(`UPDATE audit_log SET ip = $2 WHERE id = $1`, [victim.id, victim.ip]);
    expect(((await (await get('/api/audit/verify')).json()) as { ok: boolean }).ok).toBe(true);
  });

  it('detects an altered detail (jsonb) and an altered time', async () => {
    const [victim] = await db.query(
      `SELECT id::text, at, details FROM audit_log ORDER BY audit_log.id OFFSET 3 LIMIT 1`,
    );
    await tamper(`UPDATE audit_log SET at = at - interval '1 second' WHERE id = $1`, [victim.id]);
    expect(await (await get('/api/audit/verify')).json()).toMatchObject({
      ok: false,
      firstBrokenId: victim.id,
    });
    await tamper(`UPDATE audit_log SET at = $2 WHERE id = $1`, [victim.id, victim.at]);
    await tamper(`UPDATE audit_log SET details = details || '{"x": 1}'::jsonb WHERE id = $1`, [victim.id]);
    expect(await (await get('/api/audit/verify')).json()).toMatchObject({
      ok: false,
      firstBrokenId: victim.id,
    });
    await tamper(`UPDATE audit_log SET details = $2::jsonb WHERE id = $1`, [
      victim.id,
      JSON.stringify(victim.details),
    ]);
    expect(((await (await get('/api/audit/verify')).json()) as { ok: boolean }).ok).toBe(true);
  });

  it('names the entry after a removed one', async () => {
    const [removed, next] = await db.query(
      `SELECT id::text FROM audit_log ORDER BY audit_log.id OFFSET 1 LIMIT 2`,
    );
    await tamper(`DELETE FROM audit_log WHERE id = $1`, [removed.id]);
    const result = (await (await get('/api/audit/verify')).json()) as { ok: boolean; firstBrokenId: string };
    expect(result).toMatchObject({ ok: false, firstBrokenId: next.id });
  });
});
