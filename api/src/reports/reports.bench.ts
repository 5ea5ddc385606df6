/**
 * Report speed over a year of data: one million messages in about 200 000 conversations, seeded with
 * generate_series on a throw-away embedded PostgreSQL (or BENCH_DATABASE_URL's server). Each report
 * query is timed (median of several runs) next to a baseline measured in the same run: a plain
 * `SELECT count(*)` over the same conversations, and over all messages.
 *   npm run bench -- reports     (or: node api/dist/reports/reports.bench.js)
 */
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '../database/data-source';
import {
  createDatabaseIfMissing,
  type EmbeddedPostgresHandle,
  startEmbeddedPostgres,
} from '../database/embedded-postgres';
import { BREACHES_SQL, EXPORT_SQL, QUEUE_HEALTH_SQL, REPORT_WORK_MEM, responseTimeSql } from './report-sql';

const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200_000);
const MESSAGES_PER_CONVERSATION = 5;
const RUNS = 7;
const YEAR_START = '2025-01-01T00:00:00+01:00';
const YEAR_END = '2026-01-01T00:00:00+01:00';

const out = (line: string): void => void process.stdout.write(`${line}\n`);

async function seed(client: Client): Promise<void> {
  await client.query(
    `INSERT INTO channel_accounts (provider, external_id, name) VALUES ('meta', 'bench', 'Bench')`,
  );
  await client.query(
    `INSERT INTO teams (name, kind) SELECT 'Bench team ' || g, 'region' FROM generate_series(1, 6) g`,
  );
  await client.query(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'bench' || g || '@example.org', 'Agent ' || g, 'agent', 'x' FROM generate_series(1, 40) g`,
  );
  await client.query(
    `INSERT INTO contacts (display_name) SELECT 'Contact ' || g FROM generate_series(1, 5000) g`,
  );
  // Conversations spread over the year; response times skewed (most within minutes, a tail of days).
  await client.query(
    `WITH a AS (SELECT id FROM channel_accounts LIMIT 1),
          u AS (SELECT array_agg(id) AS ids FROM users WHERE email LIKE 'bench%'),
          t AS (SELECT array_agg(id) AS ids FROM teams),
          k AS (SELECT array_agg(id) AS ids FROM contacts),
          s AS (
            SELECT g,
                   timestamptz '${YEAR_START}' + (random() * 365 * 86400) * interval '1 second' AS inbound,
                   (ARRAY['messenger','facebook_comment','instagram_dm','instagram_comment','whatsapp','x_dm','x_mention','sms'])[1 + g % 8] AS channel,
                   (ARRAY['urgent','high','normal','normal','normal','low'])[1 + g % 6] AS priority,
                   CASE WHEN g % 50 = 0 THEN NULL ELSE (60 + power(random(), 3) * 172800)::int END AS seconds
              FROM generate_series(1, ${CONVERSATIONS}) g)
     INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, status, priority,
                                priority_rank, team_id, assignee_id, first_inbound_at, last_inbound_at,
                                last_message_at, first_response_at, first_response_due_at, first_response_seconds,
                                first_response_business_seconds, first_response_breached, first_response_by,
                                awaiting_since, sla_due_at, sla_near_at, sla_sort_at, resolved_at)
     SELECT s.channel, CASE WHEN s.channel IN ('facebook_comment','instagram_comment','x_mention') THEN 'public' ELSE 'private' END,
            a.id, k.ids[1 + s.g % 5000], 'dm:bench' || s.g,
            CASE WHEN s.g % 100 = 0 THEN 'open' ELSE 'resolved' END, s.priority,
            array_position(ARRAY['urgent','high','normal','low'], s.priority) - 1,
            t.ids[1 + s.g % 6], CASE WHEN s.seconds IS NULL THEN NULL ELSE u.ids[1 + s.g % 40] END,
            s.inbound, s.inbound, s.inbound + interval '1 hour',
            s.inbound + s.seconds * interval '1 second', s.inbound + interval '4 hours', s.seconds,
            (s.seconds * 0.3)::int, s.seconds > 14400, CASE WHEN s.seconds IS NULL THEN NULL ELSE u.ids[1 + s.g % 40] END,
            CASE WHEN s.seconds IS NULL THEN s.inbound END,
            CASE WHEN s.seconds IS NULL THEN s.inbound + interval '4 hours' END,
            CASE WHEN s.seconds IS NULL THEN s.inbound + interval '3 hours 12 minutes' END,
            COALESCE(CASE WHEN s.seconds IS NULL THEN s.inbound + interval '4 hours' END, 'infinity'),
            CASE WHEN s.g % 100 = 0 THEN NULL ELSE s.inbound + interval '2 days' END
       FROM s, a, u, t, k`,
  );
  await client.query(
    `INSERT INTO messages (conversation_id, direction, text, visibility, sent_at, delivery_status)
     SELECT c.id, CASE WHEN n % 2 = 1 THEN 'in' ELSE 'out' END, 'Bericht ' || n, c.visibility,
            c.first_inbound_at + n * interval '10 minutes', CASE WHEN n % 2 = 1 THEN 'received' ELSE 'sent' END
       FROM conversations c CROSS JOIN generate_series(1, ${MESSAGES_PER_CONVERSATION}) n`,
  );
  await client.query('VACUUM ANALYZE');
}

/** Median of several runs, each in its own transaction with the report's settings, as the API runs it. */
async function time(client: Client, sql: string, params: unknown[]): Promise<number> {
  const once = async (): Promise<number> => {
    const start = process.hrtime.bigint();
    await client.query('BEGIN');
    await client.query(REPORT_WORK_MEM);
    await client.query(sql, params);
    await client.query('COMMIT');
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  await once(); // warm
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await once());
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function main(): Promise<void> {
  let pg: EmbeddedPostgresHandle | null = null;
  let url = process.env.BENCH_DATABASE_URL;
  if (url) {
    const parsed = new URL(url);
    parsed.pathname = `/webcare_bench_${process.pid}`;
    await createDatabaseIfMissing(url, parsed.pathname.slice(1));
    url = parsed.toString();
  } else {
    const scratch = mkdtempSync(path.join(tmpdir(), 'webcare-bench-'));
    chmodSync(scratch, 0o755);
    pg = await startEmbeddedPostgres({
      dir: path.join(scratch, 'pg'),
      port: 56000 + Math.floor(Math.random() * 900),
      database: 'webcare_bench',
      ephemeral: true,
    });
    url = pg.url;
  }
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  await migrate(dataSource);
  await dataSource.destroy();
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const seedStart = Date.now();
    await seed(client);
    const [{ conversations, messages }] = (
      await client.query(
        `SELECT (SELECT count(*) FROM conversations)::int AS conversations, (SELECT count(*) FROM messages)::int AS messages`,
      )
    ).rows as { conversations: number; messages: number }[];
    out(
      `seeded ${conversations.toLocaleString('en-US')} conversations, ${messages.toLocaleString('en-US')} messages in ${((Date.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    const now = new Date('2026-01-15T12:00:00Z');
    const period = [YEAR_START, YEAR_END];
    const baseline = await time(
      client,
      'SELECT count(*) FROM conversations c WHERE c.first_inbound_at >= $1 AND c.first_inbound_at < $2',
      period,
    );
    const messageBaseline = await time(client, 'SELECT count(*) FROM messages', []);
    const rows: [string, number][] = [
      ['baseline: count(*) conversations in the year', baseline],
      ['baseline: count(*) all messages', messageBaseline],
    ];
    for (const groupBy of ['total', 'agent', 'channel', 'team', 'hour', 'day'] as const) {
      rows.push([
        `response-times groupBy=${groupBy} (1 year)`,
        await time(client, responseTimeSql(groupBy), [...period, now]),
      ]);
    }
    rows.push([
      'response-times groupBy=channel (1 month)',
      await time(client, responseTimeSql('channel'), [
        '2025-06-01T00:00:00+02:00',
        '2025-07-01T00:00:00+02:00',
        now,
      ]),
    ]);
    rows.push(['queue-health', await time(client, QUEUE_HEALTH_SQL, [now])]);
    rows.push(['breaches (50 newest, 1 year)', await time(client, BREACHES_SQL, [...period, now, 50])]);
    rows.push([
      'CSV export, one batch of 5000 lines',
      await time(client, EXPORT_SQL, [
        ...period,
        now,
        '-infinity',
        '00000000-0000-0000-0000-000000000000',
        5000,
      ]),
    ]);
    if (process.env.BENCH_EXPLAIN) {
      for (const groupBy of ['total', 'hour'] as const) {
        await client.query('BEGIN');
        await client.query(REPORT_WORK_MEM);
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${responseTimeSql(groupBy)}`, [
          ...period,
          now,
        ]);
        await client.query('COMMIT');
        out(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n'));
      }
    }
    out(`${'query'.padEnd(48)}${'ms'.padStart(10)}${'× count(*)'.padStart(13)}`);
    for (const [name, ms] of rows) {
      out(`${name.padEnd(48)}${ms.toFixed(1).padStart(10)}${(ms / baseline).toFixed(2).padStart(13)}`);
    }
    const worst = Math.max(...rows.slice(2).map(([, ms]) => ms));
    out(`slowest report query: ${worst.toFixed(1)} ms (${worst < 1000 ? 'well under' : 'OVER'} one second)`);
  } finally {
    await client.end();
    if (pg) await pg.stop();
    else if (process.env.BENCH_DATABASE_URL) {
      const admin = new Client({ connectionString: process.env.BENCH_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS webcare_bench_${process.pid} WITH (FORCE)`);
      await admin.end();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
