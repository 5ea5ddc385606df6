import { DataSource } from 'typeorm';
import { loginDemoUsers } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * Response-time reports against hand-computed expectations. Facts are stored on the conversation the
 * way SlaService.recordResponse stores them; percentile_cont interpolates like PostgreSQL documents.
 */
describe('response-time reports', () => {
  let app: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;
  let agent1: string;
  let agent2: string;

  const get = (path: string, role = 'supervisor') =>
    fetch(`${app.url}${path}`, { headers: { Authorization: `Bearer ${tokens[role]}` } });

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0' });
    db = app.app.get(DataSource);
    tokens = await loginDemoUsers(app.url);
    [{ id: agent1 }] = await db.query(`SELECT id FROM users WHERE email = 'agent@example.org'`);
    [{ id: agent2 }] = await db.query(`SELECT id FROM users WHERE email = 'agent2@example.org'`);
    await db.query('DELETE FROM conversations');
    const [account] = await db.query(
      `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('meta', 'report-page', 'Page') RETURNING id`,
    );
    const [contact] = await db.query(`INSERT INTO contacts (display_name) VALUES ('Report') RETURNING id`);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    // [channel, first inbound, first response, due, seconds, business seconds, by]
    const rows: [string, string, string | null, string, number | null, number | null, string | null][] = [
      ['whatsapp', '2026-01-05T08:00:00Z', '2026-01-05T08:10:00Z', '2026-01-05T12:00:00Z', 600, 600, agent1],
      [
        'whatsapp',
        '2026-01-05T08:30:00Z',
        '2026-01-05T09:00:00Z',
        '2026-01-05T12:30:00Z',
        1800,
        1800,
        agent1,
      ],
      [
        'messenger',
        '2026-01-05T20:00:00Z',
        '2026-01-06T08:00:00Z',
        '2026-01-06T11:30:00Z',
        43200,
        1800,
        agent2,
      ],
      [
        'messenger',
        '2026-01-05T15:00:00Z',
        '2026-01-06T15:00:00Z',
        '2026-01-06T10:30:00Z',
        86400,
        30600,
        agent2,
      ],
      ['whatsapp', '2026-01-06T09:00:00Z', null, '2026-01-06T13:00:00Z', null, null, null],
      ['sms', '2026-01-07T10:00:00Z', null, future, null, null, null],
      ['whatsapp', '2026-07-06T07:00:00Z', '2026-07-06T07:05:00Z', '2026-07-06T08:00:00Z', 300, 300, agent1],
      ['whatsapp', '2026-09-01T07:00:00Z', '2026-09-01T07:05:00Z', '2026-09-01T08:00:00Z', 300, 300, agent1],
    ];
    for (const [i, [channel, inbound, response, due, seconds, business, by]] of rows.entries()) {
      await db.query(
        `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, last_message_at,
                                    first_inbound_at, first_response_at, first_response_due_at, first_response_seconds,
                                    first_response_business_seconds, first_response_breached, first_response_by, status)
         VALUES ($1, 'private', $2, $3, $4, $5, $5, $6::timestamptz, $7::timestamptz, $8, $9, $6::timestamptz > $7::timestamptz, $10, 'open')`,
        [channel, account.id, contact.id, `dm:r${i}`, inbound, response, due, seconds, business, by],
      );
    }
  });
  afterAll(() => app.close());

  const january = 'from=2026-01-01T00:00:00%2B01:00&to=2026-02-01T00:00:00%2B01:00';

  it('totals the period: medians, p90, within-SLA share and breaches', async () => {
    const response = await get(`/api/reports/response-times?${january}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      rows: [
        {
          key: 'total',
          count: 6,
          answered: 4,
          firstResponseMedianS: 22500,
          firstResponseP90S: 73440,
          withinSlaPct: 60,
          breaches: 2,
          firstResponseBusinessMedianS: 1800,
          firstResponseBusinessP90S: 21960,
          // None resolved or paused in this fixture; resolution and paused time are in the black-box test.
          resolved: 0,
          resolutionMedianS: null,
          resolutionP90S: null,
          pausedMedianS: 0,
        },
      ],
    });
  });

  it('groups by channel', async () => {
    const { rows } = (await (await get(`/api/reports/response-times?${january}&groupBy=channel`)).json()) as {
      rows: Record<string, unknown>[];
    };
    expect(rows).toEqual([
      expect.objectContaining({
        key: 'messenger',
        count: 2,
        firstResponseMedianS: 64800,
        firstResponseP90S: 82080,
        withinSlaPct: 50,
        breaches: 1,
        firstResponseBusinessMedianS: 16200,
      }),
      expect.objectContaining({
        key: 'sms',
        count: 1,
        answered: 0,
        firstResponseMedianS: null,
        withinSlaPct: null,
      }),
      expect.objectContaining({
        key: 'whatsapp',
        count: 3,
        firstResponseMedianS: 1200,
        firstResponseP90S: 1680,
        withinSlaPct: 66.7,
        breaches: 1,
      }),
    ]);
  });

  it('groups by agent with names, unanswered under no key', async () => {
    const { rows } = (await (await get(`/api/reports/response-times?${january}&groupBy=agent`)).json()) as {
      rows: { key: string | null; label: string | null; count: number }[];
    };
    const byKey = new Map(rows.map((row) => [row.key, row]));
    expect(byKey.get(agent1)).toMatchObject({ label: 'Anouk de Wit', count: 2, firstResponseMedianS: 1200 });
    expect(byKey.get(agent2)).toMatchObject({ label: 'Daan Vermeulen', count: 2, breaches: 1 });
    expect(byKey.get(null)).toMatchObject({ count: 2, breaches: 1 });
  });

  it('groups by hour of day in Amsterdam time, in winter and in summer', async () => {
    const winter = (await (await get(`/api/reports/response-times?${january}&groupBy=hour`)).json()) as {
      rows: { key: string; count: number }[];
    };
    expect(winter.rows.map((row) => [row.key, row.count])).toEqual([
      ['09', 2],
      ['10', 1],
      ['11', 1],
      ['16', 1],
      ['21', 1],
    ]);
    const summer = (await (
      await get('/api/reports/response-times?from=2026-07-01T00:00:00Z&to=2026-08-01T00:00:00Z&groupBy=hour')
    ).json()) as { rows: { key: string; count: number }[] };
    expect(summer.rows).toEqual([expect.objectContaining({ key: '09', count: 1, withinSlaPct: 100 })]);
  });

  it('groups by day for charts over time', async () => {
    const { rows } = (await (await get(`/api/reports/response-times?${january}&groupBy=day`)).json()) as {
      rows: { key: string; count: number }[];
    };
    expect(rows.map((row) => [row.key, row.count])).toEqual([
      ['2026-01-05', 4],
      ['2026-01-06', 1],
      ['2026-01-07', 1],
    ]);
  });

  it('lists breaches, newest first', async () => {
    const response = await get(`/api/reports/breaches?${january}`);
    const { items } = (await response.json()) as { items: { firstInboundAt: string; lateByS: number }[] };
    expect(items.map((item) => item.firstInboundAt)).toEqual([
      '2026-01-06T09:00:00.000Z',
      '2026-01-05T15:00:00.000Z',
    ]);
    expect(items[1].lateByS).toBe(4.5 * 3600);
  });

  it('exports one CSV line per conversation, without text, and logs the export', async () => {
    const response = await get(`/api/reports/response-times.csv?${january}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^conversation_id,channel,/);
    expect(lines).toHaveLength(7);
    expect(lines.join('\n')).not.toMatch(/Report/);
    const [entry] = await db.query(
      `SELECT actor_role, details FROM audit_log WHERE action = 'report.export'`,
    );
    expect(entry).toMatchObject({ actor_role: 'supervisor', details: { report: 'response-times' } });
  });

  it('counts the live queue health', async () => {
    await db.query(
      `UPDATE conversations SET awaiting_since = now() - interval '1 hour', sla_due_at = now() + interval '10 minutes',
              sla_near_at = now() - interval '1 minute', priority = 'urgent' WHERE thread_key = 'dm:r5'`,
    );
    const health = (await (await get('/api/reports/queue-health')).json()) as {
      open: number;
      unassigned: number;
      breachingSoon: number;
      byPriority: { priority: string; breachingSoon: number }[];
    };
    expect(health.open).toBe(8);
    expect(health.unassigned).toBe(8);
    expect(health.breachingSoon).toBe(1);
    expect(health.byPriority.find((row) => row.priority === 'urgent')?.breachingSoon).toBe(1);
  });

  it('refuses bad periods', async () => {
    const response = await get(
      '/api/reports/response-times?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
    );
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('REPORT_QUERY_INVALID');
    expect((await get('/api/reports/response-times?from=x&to=y')).status).toBe(400);
  });

  it.each(['agent', 'advisor'])('is closed to the %s role (403)', async (role) => {
    for (const path of [
      `/api/reports/response-times?${january}`,
      `/api/reports/response-times.csv?${january}`,
      '/api/reports/queue-health',
      `/api/reports/breaches?${january}`,
    ]) {
      expect((await get(path, role)).status).toBe(403);
    }
  });

  it('is open to admins', async () => {
    expect((await get(`/api/reports/response-times?${january}&groupBy=team`, 'admin')).status).toBe(200);
  });
});
