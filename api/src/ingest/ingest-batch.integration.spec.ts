import { DataSource } from 'typeorm';
import type { InboundMessageEvent } from '../channels/inbound-event';
import { loginDemoUsers } from '../../test-support/demo-users';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { IngestProcessor } from './ingest.processor';
import { IngestService } from './ingest.service';
import { IngestWorker } from './ingest.worker';

const ACCOUNT = '+3197010520001';

function sms(id: string, from: string, sentAt: string, text: string, name?: string): InboundMessageEvent {
  return {
    kind: 'message',
    provider: 'twilio',
    channel: 'sms',
    providerMessageId: id,
    accountId: ACCOUNT,
    sender: { providerId: from, ...(name ? { name } : {}) },
    text,
    attachments: [],
    sentAt: new Date(sentAt),
  };
}

describe('a claimed batch of inbound events', () => {
  let app: TestApp;
  let db: DataSource;
  let tokens: Record<string, string>;

  const store = (events: InboundMessageEvent[]) =>
    app.app.get(IngestService).accept('twilio', Buffer.from('{}'), 'application/json', events);
  const pendingIds = async (like: string): Promise<string[]> =>
    (
      await db.query(
        `SELECT id FROM inbound_events WHERE dedupe_key LIKE $1 AND processed_at IS NULL ORDER BY received_at, dedupe_key`,
        [`%${like}%`],
      )
    ).map((row: { id: string }) => row.id);

  beforeAll(async () => {
    app = await startTestApp({ RUN_WORKERS: '0' });
    db = app.app.get(DataSource);
    tokens = await loginDemoUsers(app.url);
  });
  afterAll(() => app.close());

  it('is applied in one go as if one message came after another, and the audit chain holds', async () => {
    await store([
      sms('SMbatch-a1', '31611111111', '2026-03-02T09:00:00Z', 'Hoe laat begint het bezoekuur?'),
      sms('SMbatch-b1', '31622222222', '2026-03-02T09:00:30Z', 'Mijn afspraak verzetten graag', 'Bram'),
      sms(
        'SMbatch-a2',
        '31611111111',
        '2026-03-02T09:01:00Z',
        'Ik zie het echt niet meer zitten, ik wil er niet meer zijn',
        'Anna',
      ),
      sms('SMbatch-a3', '31611111111', '2026-03-02T08:59:00Z', 'Hallo?'),
    ]);
    const ids = await pendingIds('SMbatch-');
    expect(ids).toHaveLength(4);
    const context = { retryCount: 0, retryLimit: 3 };
    const outcomes = await app.app.get(IngestProcessor).apply(ids.map((id) => ({ id, context })));
    expect(outcomes.map((o) => o.messageCreated)).toEqual([true, true, true, true]);
    const anna = outcomes[0].conversationId;
    expect(outcomes.filter((o) => o.conversationId === anna)).toHaveLength(3);
    // Created once: for the first message of each new conversation.
    expect(outcomes.filter((o) => o.conversationCreated)).toHaveLength(2);

    const [conversation] = await db.query(
      `SELECT c.flags, c.awaiting_since, c.last_message_preview, c.last_message_at, c.reply_to_external_id,
              c.danger_since, c.sla_due_at, ct.display_name
         FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE c.id = $1`,
      [anna],
    );
    expect(conversation.flags.map((f: { code: string }) => f.code)).toContain('crisis');
    expect(conversation.awaiting_since.toISOString()).toBe('2026-03-02T08:59:00.000Z');
    expect(conversation.last_message_at.toISOString()).toBe('2026-03-02T09:01:00.000Z');
    expect(conversation.last_message_preview).toBe(
      'Ik zie het echt niet meer zitten, ik wil er niet meer zijn',
    );
    expect(conversation.reply_to_external_id).toBe('SMbatch-a3');
    expect(conversation.danger_since.toISOString()).toBe('2026-03-02T09:01:00.000Z');
    expect(conversation.sla_due_at).not.toBeNull();
    // A placeholder name gave way to the name a later message of the batch carried.
    expect(conversation.display_name).toBe('Anna');

    // Applied once: the same batch again changes nothing.
    const again = await app.app.get(IngestProcessor).apply(ids.map((id) => ({ id, context })));
    expect(again.every((o) => !o.messageCreated && o.conversationId === null)).toBe(true);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM messages WHERE provider_message_id LIKE 'SMbatch-%'`,
    );
    expect(n).toBe(4);

    const verify = await fetch(`${app.url}/api/audit/verify`, {
      headers: { Authorization: `Bearer ${tokens.supervisor}` },
    });
    expect(await verify.json()).toMatchObject({ ok: true });
    const [{ lines }] = await db.query(
      `SELECT count(*)::int AS lines FROM audit_log WHERE action = 'message.receive'
         AND details->>'messageId' = ANY($1::text[])`,
      [outcomes.map((o) => o.messageId)],
    );
    expect(lines).toBe(4);
  });

  it('reopens a resolved conversation with a new open period', async () => {
    await store([sms('SMreopen-1', '31633333333', '2026-03-03T09:00:00Z', 'Ik wil er niet meer zijn')]);
    const context = { retryCount: 0, retryLimit: 3 };
    const [first] = await app.app
      .get(IngestProcessor)
      .apply((await pendingIds('SMreopen-1')).map((id) => ({ id, context })));
    await db.query(
      `UPDATE conversations SET status = 'resolved', resolved_at = now(), awaiting_since = NULL WHERE id = $1`,
      [first.conversationId],
    );
    await store([sms('SMreopen-2', '31633333333', '2026-03-03T10:00:00Z', 'Wanneer is het bezoekuur?')]);
    const [second] = await app.app
      .get(IngestProcessor)
      .apply((await pendingIds('SMreopen-2')).map((id) => ({ id, context })));
    expect(second.conversationId).toBe(first.conversationId);
    const [row] = await db.query(`SELECT status, flags, awaiting_since FROM conversations WHERE id = $1`, [
      first.conversationId,
    ]);
    expect(row.status).toBe('open');
    // The crisis belonged to the closed period: the new period's triage is its own.
    expect(row.flags.map((f: { code: string }) => f.code)).not.toContain('crisis');
    expect(row.awaiting_since.toISOString()).toBe('2026-03-03T10:00:00.000Z');
  });

  it('lets one poison event fail alone while the rest of its batch is applied', async () => {
    await store([
      sms('SMpoison-1', '31644444444', '2026-03-04T09:00:00Z', 'Eerste vraag'),
      sms('SMpoison-2', '31655555555', '2026-03-04T09:00:01Z', 'Tweede vraag'),
      sms('SMpoison-3', '31666666666', '2026-03-04T09:00:02Z', 'Derde vraag'),
    ]);
    await db.query(
      `UPDATE inbound_events SET payload = payload - 'sender' WHERE dedupe_key LIKE '%SMpoison-2%'`,
    );
    const worker = app.app.get(IngestWorker);
    await worker.start(1, 10);
    try {
      // Until each event is applied or has failed: up to 30 s, as the worker is slow on a busy machine.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const [{ left }] = await db.query(
          `SELECT count(*)::int AS left FROM inbound_events
            WHERE dedupe_key LIKE '%SMpoison-%' AND processed_at IS NULL AND last_error IS NULL`,
        );
        if (left === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await worker.onApplicationShutdown();
    }
    const rows: { dedupe_key: string; processed: boolean; last_error: string | null }[] = await db.query(
      `SELECT dedupe_key, processed_at IS NOT NULL AS processed, last_error FROM inbound_events
        WHERE dedupe_key LIKE '%SMpoison-%' ORDER BY dedupe_key`,
    );
    expect(rows.map((row) => [row.processed, row.last_error])).toEqual([
      [true, null],
      [false, 'TypeError'],
      [true, null],
    ]);
  });
});
