import { businessSecondsBetween, DEFAULT_OFFICE_HOURS, type SlaPolicySet } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { loginDemoUsers } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import type { Actor } from '../common/current-user';
import { ConversationsService } from '../conversations/conversations.service';
import { IngestProcessor } from '../ingest/ingest.processor';
import { IngestService } from '../ingest/ingest.service';
import { SlaWatcher } from '../conversations/sla-watcher';

describe('SLA policies and stored deadlines', () => {
  let app: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;
  let agent: Actor;

  const call = (path: string, role = 'supervisor', method = 'GET', body?: unknown) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${tokens[role]}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /**
   * Stores an SMS sent by the person at `sentAt` and applies it, as the worker would. (SMS has no
   * messaging window, so replies to these dated messages are still accepted.)
   */
  async function receive(id: string, sentAt: string, text: string): Promise<string> {
    await app.app.get(IngestService).accept('twilio', Buffer.from('{}'), 'application/json', [
      {
        kind: 'message',
        provider: 'twilio',
        channel: 'sms',
        providerMessageId: id,
        accountId: '+3197010520000',
        sender: { providerId: '31612345678', name: 'Sanne' },
        text,
        attachments: [],
        sentAt: new Date(sentAt),
      },
    ]);
    const [event] = await db.query(`SELECT id FROM inbound_events ORDER BY received_at DESC LIMIT 1`);
    const outcome = await app.app.get(IngestProcessor).process(event.id, { retryCount: 0, retryLimit: 3 });
    return outcome.conversationId as string;
  }

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0' });
    db = app.app.get(DataSource);
    tokens = await loginDemoUsers(app.url);
    const [row] = await db.query(`SELECT id, name FROM users WHERE email = 'agent@example.org'`);
    agent = { id: row.id, role: 'agent', name: row.name, ip: '127.0.0.1' };
  });
  afterAll(() => app.close());

  it('seeds default policies and office hours', async () => {
    const response = await call('/api/sla/policies');
    expect(response.status).toBe(200);
    const settings = (await response.json()) as SlaPolicySet;
    expect(settings.policies).toContainEqual({
      priority: 'urgent',
      channel: null,
      firstResponseS: 900,
      nextResponseS: 900,
      resolutionS: 14400,
      escalationPickupS: 600,
      businessHours: false,
    });
    expect(
      settings.policies.find((p) => p.priority === 'normal' && p.channel === 'facebook_comment'),
    ).toBeTruthy();
    expect(settings.businessHours).toEqual([
      expect.objectContaining({
        teamId: null,
        timeZone: 'Europe/Amsterdam',
        alwaysOpen: false,
        holidays: ['NL'],
      }),
    ]);
  });

  it.each(['agent', 'advisor'])('is closed to the %s role', async (role) => {
    expect((await call('/api/sla/policies', role)).status).toBe(403);
    expect((await call('/api/sla/policies', role, 'PUT', { policies: [], businessHours: [] })).status).toBe(
      403,
    );
  });

  it('stores first-response deadline and near-breach time in business hours when a message arrives', async () => {
    // Monday 5 January 2026 16:00 Amsterdam: normal priority, 4 business hours → Tuesday 11:30.
    const id = await receive('wamid.sla-1', '2026-01-05T15:00:00Z', 'Goedemiddag, wanneer is het bezoekuur?');
    const [row] = await db.query(
      `SELECT priority, awaiting_since, sla_due_at, sla_near_at, sla_sort_at, first_response_due_at, resolution_due_at
         FROM conversations WHERE id = $1`,
      [id],
    );
    expect(row.priority).toBe('normal');
    expect(row.awaiting_since.toISOString()).toBe('2026-01-05T15:00:00.000Z');
    expect(row.sla_due_at.toISOString()).toBe('2026-01-06T10:30:00.000Z');
    expect(row.sla_sort_at.toISOString()).toBe('2026-01-06T10:30:00.000Z');
    expect(row.first_response_due_at.toISOString()).toBe('2026-01-06T10:30:00.000Z');
    // 80 % of 4 h = 3 h 12 min: 1 h on Monday, 2 h 12 min from Tuesday 08:30 → 10:42.
    expect(row.sla_near_at.toISOString()).toBe('2026-01-06T09:42:00.000Z');
    // 16 business hours: Monday 1 h, Tuesday 8.5 h, Wednesday 6.5 h → Wednesday 15:00.
    expect(row.resolution_due_at.toISOString()).toBe('2026-01-07T14:00:00.000Z');

    const summary = await app.app.get(ConversationsService).summary(id);
    expect(summary.summary.slaState).toBe('breached');
  });

  it('records the first response: seconds, business seconds, breach and who', async () => {
    const [{ id }] = await db.query(`SELECT id FROM conversations WHERE thread_key = 'dm:31612345678'`);
    await app.app.get(ConversationsService).reply(agent, id, 'Het bezoekuur is van 14:00 tot 20:00.');
    const [row] = await db.query(
      `SELECT first_response_at, first_response_seconds, first_response_business_seconds, first_response_breached,
              first_response_by, sla_due_at, sla_near_at, awaiting_since
         FROM conversations WHERE id = $1`,
      [id],
    );
    const inbound = new Date('2026-01-05T15:00:00Z');
    expect(row.first_response_seconds).toBe(
      Math.round((row.first_response_at.getTime() - inbound.getTime()) / 1000),
    );
    expect(row.first_response_business_seconds).toBe(
      Math.round(businessSecondsBetween(inbound, row.first_response_at, DEFAULT_OFFICE_HOURS)),
    );
    expect(row).toMatchObject({
      first_response_breached: true,
      first_response_by: agent.id,
      sla_due_at: null,
      sla_near_at: null,
      awaiting_since: null,
    });
  });

  it('runs the next-response clock on the next message, keeping the first-response facts', async () => {
    const sentAt = new Date(Date.now() - 60_000).toISOString();
    const id = await receive('wamid.sla-2', sentAt, 'Dank u. Mag mijn zoon ook mee?');
    const [row] = await db.query(
      `SELECT sla_due_at, first_response_due_at, first_response_breached FROM conversations WHERE id = $1`,
      [id],
    );
    expect(row.sla_due_at.getTime()).toBeGreaterThan(Date.now());
    expect(row.first_response_due_at.toISOString()).toBe('2026-01-06T10:30:00.000Z');
    expect(row.first_response_breached).toBe(true);
  });

  it('pushes conversations that turned near or breached since the last look', async () => {
    const [{ id }] = await db.query(`SELECT id FROM conversations WHERE thread_key = 'dm:31612345678'`);
    await db.query(
      `UPDATE conversations SET sla_near_at = now() - interval '1 second', sla_due_at = now() + interval '1 hour' WHERE id = $1`,
      [id],
    );
    const watcher = app.app.get(SlaWatcher);
    expect(await watcher.tick()).toContain(id);
    expect(await watcher.tick()).not.toContain(id);
    const summary = await app.app.get(ConversationsService).summary(id);
    expect(summary.summary.slaState).toBe('near');
  });

  it('refuses incomplete settings', async () => {
    const settings = (await (await call('/api/sla/policies')).json()) as SlaPolicySet;
    const noLow = { ...settings, policies: settings.policies.filter((p) => p.priority !== 'low') };
    const response = await call('/api/sla/policies', 'supervisor', 'PUT', noLow);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('SLA_POLICY_INVALID');
    const badHours = {
      ...settings,
      businessHours: [{ ...settings.businessHours[0], weekly: { mon: [{ start: '17:00', end: '09:00' }] } }],
    };
    expect((await call('/api/sla/policies', 'supervisor', 'PUT', badHours)).status).toBe(400);
    expect((await call('/api/sla/policies', 'supervisor', 'PUT', { policies: 'x' })).status).toBe(400);
  });

  it('replaces policies and split opening hours, recomputes running deadlines and logs the change', async () => {
    const settings = (await (await call('/api/sla/policies')).json()) as SlaPolicySet;
    const split = [
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    const next: SlaPolicySet = {
      policies: settings.policies.map((p) =>
        p.priority === 'normal' && !p.channel ? { ...p, firstResponseS: 3600, nextResponseS: 3600 } : p,
      ),
      businessHours: [
        {
          teamId: null,
          timeZone: 'Europe/Amsterdam',
          alwaysOpen: false,
          holidays: ['NL', 'BE'],
          weekly: { mon: split, tue: split, wed: split, thu: split, fri: split },
          closedDates: [],
        },
      ],
    };
    const response = await call('/api/sla/policies', 'admin', 'PUT', next);
    expect(response.status).toBe(200);
    const saved = (await response.json()) as SlaPolicySet;
    expect(saved.businessHours[0].weekly.mon).toEqual(split);
    expect(saved.policies.find((p) => p.priority === 'normal' && !p.channel)?.firstResponseS).toBe(3600);

    const id = await receive(
      'wamid.sla-3',
      '2026-01-05T10:30:00Z',
      'Hoi, nog een vraag over de parkeerplaats.',
    );
    const [row] = await db.query(`SELECT sla_due_at FROM conversations WHERE id = $1`, [id]);
    // Next response in 1 business hour from 11:30 Monday: 30 min before lunch, 30 after → 13:30.
    expect(row.sla_due_at.toISOString()).toBe('2026-01-05T12:30:00.000Z');
    const [entry] = await db.query(
      `SELECT actor_role FROM audit_log WHERE action = 'admin.sla_policies.change'`,
    );
    expect(entry.actor_role).toBe('admin');
  });
});
