import { randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Provider, UnprocessableEventList } from '@webcare/shared';
import { Pool } from 'pg';
import { Gauge } from 'prom-client';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { dedupeKey, type InboundEvent } from '../channels/inbound-event';
import { MetricsService } from '../health/metrics.service';
import { serializeEvent } from './event-serialization';

export interface AcceptResult {
  /** Events stored now; the rest were seen before (redelivery). */
  stored: number;
  duplicates: number;
}

interface PendingDelivery {
  provider: Provider;
  rawBody: Buffer;
  contentType: string | null;
  events: InboundEvent[];
  resolve: (result: AcceptResult) => void;
  reject: (error: unknown) => void;
}

/**
 * How many group commits may be in flight at once, and how many events one may hold. One at a time
 * makes the batches larger (everything that arrives during a commit goes into the next one): measured
 * with `npm run chaos`, it stores more per second than two, with less PostgreSQL time per event,
 * because PostgreSQL flushes its WAL for one commit at a time anyway.
 */
const MAX_FLUSHES = 1;
const MAX_EVENTS_PER_FLUSH = 2000;

/**
 * One statement for any batch, prepared once per connection: the events (new ones only; they are the
 * workers' outbox) and the raw deliveries that brought new events, passed as arrays, so neither the
 * statement's text nor its plan depends on the batch's size. The insert trigger wakes the workers of
 * every replica (NOTIFY webcare_ingest, sent at commit).
 */
const STORE_BATCH = {
  name: 'webcare_ingest_store',
  text: `WITH events AS (
      INSERT INTO inbound_events (provider, dedupe_key, delivery_id, kind, payload)
      SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::jsonb[])
      ON CONFLICT (provider, dedupe_key) DO NOTHING RETURNING delivery_id
    ), deliveries AS (
      INSERT INTO webhook_deliveries (id, provider, raw_body, content_type)
      SELECT d.id, d.provider, d.raw_body, d.content_type
      FROM unnest($6::uuid[], $7::text[], $8::bytea[], $9::text[]) AS d (id, provider, raw_body, content_type)
      WHERE d.id IN (SELECT delivery_id FROM events)
    )
    SELECT delivery_id, count(*)::int AS stored FROM events GROUP BY delivery_id`,
};

/** An erased event keeps a one-way hash of its provider id in place of the id. */
const HASHED_KEY = `CASE WHEN dedupe_key LIKE 'erased:%' THEN dedupe_key ELSE 'erased:' || encode(sha256(convert_to(dedupe_key, 'UTF8')), 'hex') END`;

/**
 * The webhook side of ingest, as a group commit: deliveries that arrive while the previous commit is
 * under way (or in the same turn of the event loop) are stored together — one statement for their
 * events and raw bodies, one commit. The stored events are the workers' outbox (no job rows). Each
 * request is answered when the commit holding its delivery is durable; only then does the provider get
 * its 200. The commits go through a pool of their own, so a busy console or worker never delays a 200.
 */
@Injectable()
export class IngestService implements OnModuleInit, OnModuleDestroy {
  private pending: PendingDelivery[] = [];
  private readonly intakePool: Pool;
  private flushes = 0;
  private scheduled = false;
  private readonly wakers = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {
    this.intakePool = new Pool({
      connectionString: (dataSource.options as PostgresConnectionOptions).url,
      max: MAX_FLUSHES,
      application_name: 'webcare-intake',
    });
    // A connection lost while idle: the pool drops it and the next commit opens a new one.
    this.intakePool.on('error', () => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.intakePool.end().catch(() => undefined);
  }

  onModuleInit(): void {
    const backlog = () => this.backlog();
    new Gauge({
      name: 'webcare_ingest_backlog',
      help: 'Stored inbound events not processed yet (and not given up on)',
      registers: [this.metrics.registry],
      async collect() {
        this.set(await backlog().catch(() => NaN));
      },
    });
  }

  /** `wake` runs whenever new events were stored or put back in this process (the workers' nudge). */
  onStored(wake: () => void): () => void {
    this.wakers.add(wake);
    return () => this.wakers.delete(wake);
  }

  private wake(): void {
    for (const wake of this.wakers) wake();
  }

  accept(
    provider: Provider,
    rawBody: Buffer,
    contentType: string | null,
    events: InboundEvent[],
  ): Promise<AcceptResult> {
    if (events.length === 0) return Promise.resolve({ stored: 0, duplicates: 0 });
    return new Promise<AcceptResult>((resolve, reject) => {
      this.pending.push({ provider, rawBody, contentType, events, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.flushes >= MAX_FLUSHES || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.flushes >= MAX_FLUSHES || this.pending.length === 0) return;
    let events = 0;
    let take = 0;
    while (
      take < this.pending.length &&
      (take === 0 || events + this.pending[take].events.length <= MAX_EVENTS_PER_FLUSH)
    ) {
      events += this.pending[take].events.length;
      take++;
    }
    const batch = this.pending.splice(0, take);
    this.flushes++;
    this.schedule();
    try {
      const results = await this.store(batch);
      batch.forEach((delivery, i) => delivery.resolve(results[i]));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
      } else {
        // One delivery must not fail the others: store each on its own, so only a bad one is refused.
        for (const delivery of batch) {
          await this.store([delivery]).then(
            ([result]) => delivery.resolve(result),
            (single: unknown) => delivery.reject(single),
          );
        }
      }
    } finally {
      this.flushes--;
      this.schedule();
    }
  }

  /** One round trip and one commit for the whole batch (see STORE_BATCH). */
  private async store(batch: PendingDelivery[]): Promise<AcceptResult[]> {
    const deliveryIds = batch.map(() => randomUUID());
    const providers: Provider[] = [];
    const keys: string[] = [];
    const eventDeliveries: string[] = [];
    const kinds: string[] = [];
    const payloads: string[] = [];
    batch.forEach((delivery, d) => {
      for (const event of delivery.events) {
        providers.push(delivery.provider);
        keys.push(dedupeKey(event));
        eventDeliveries.push(deliveryIds[d]);
        kinds.push(event.kind);
        payloads.push(JSON.stringify(serializeEvent(event)));
      }
    });
    const { rows } = await this.intakePool.query<{ delivery_id: string; stored: number }>({
      ...STORE_BATCH,
      values: [
        providers,
        keys,
        eventDeliveries,
        kinds,
        payloads,
        deliveryIds,
        batch.map((delivery) => delivery.provider),
        batch.map((delivery) => delivery.rawBody),
        batch.map((delivery) => delivery.contentType),
      ],
    });
    if (rows.length > 0) this.wake();
    const storedPer = new Map(rows.map((row) => [row.delivery_id, row.stored]));
    return batch.map((delivery, d) => {
      const stored = storedPer.get(deliveryIds[d]) ?? 0;
      return { stored, duplicates: delivery.events.length - stored };
    });
  }

  /** Stored events waiting to be processed (those given up on are listed apart). */
  async backlog(): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM inbound_events WHERE processed_at IS NULL AND failed_at IS NULL',
    );
    return count;
  }

  /**
   * Notes why an event failed and when to try it again; on its last attempt it joins the list
   * supervisors see instead.
   */
  async noteFailure(
    eventId: string,
    reason: string,
    lastAttempt: boolean,
    retryInSeconds = 1,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbound_events SET last_error = $2,
         failed_at = CASE WHEN $3 THEN now() ELSE failed_at END,
         lease_until = now() + make_interval(secs => $4)
       WHERE id = $1 AND processed_at IS NULL`,
      [eventId, reason, lastAttempt, retryInSeconds],
    );
  }

  /** Events that failed every retry and were not retried since, newest first. */
  async unprocessable(limit = 200): Promise<UnprocessableEventList> {
    const rows = await this.dataSource.query<
      {
        id: string;
        provider: Provider;
        kind: string;
        received_at: Date;
        failed_at: Date;
        last_error: string | null;
      }[]
    >(
      `SELECT id, provider, kind, received_at, failed_at, last_error FROM inbound_events
       WHERE failed_at IS NOT NULL AND processed_at IS NULL ORDER BY failed_at DESC LIMIT $1`,
      [limit],
    );
    return {
      items: rows.map((row) => ({
        id: row.id,
        provider: row.provider,
        kind: row.kind,
        receivedAt: row.received_at.toISOString(),
        failedAt: row.failed_at.toISOString(),
        reason: row.last_error,
      })),
    };
  }

  /** Puts a failed event back in the queue with a fresh set of retries; false when it is not failed. */
  async retry(eventId: string): Promise<boolean> {
    // An UPDATE … RETURNING answers [rows, affected count].
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE inbound_events SET failed_at = NULL, attempts = 0, lease_until = NULL
       WHERE id = $1 AND failed_at IS NOT NULL AND processed_at IS NULL RETURNING id`,
      [eventId],
    );
    if (rows.length === 0) return false;
    await this.dataSource.query(`SELECT pg_notify('webcare_ingest', '')`).catch(() => undefined);
    this.wake();
    return true;
  }

  /** How many events were ever stored (processed or not). */
  async storedEventCount(): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM inbound_events',
    );
    return count;
  }

  /**
   * Erasure and retention of raw input. Events naming one of these provider ids (the person's ids, their
   * messages' ids) keep only a hash of their dedupe key (provider message ids can encode the sender's
   * number); the raw bodies of the
   * deliveries they came in, or that hold one of the person's ids, are emptied.
   */
  async eraseRaw(manager: EntityManager, ids: string[]): Promise<number> {
    const needles = [
      ...new Set(ids.flatMap((id) => [id, id.replace(/^\+/, '')]).filter((id) => id.length >= 4)),
    ];
    if (needles.length === 0) return 0;
    const events = await manager.query<[{ delivery_id: string }[], number]>(
      `UPDATE inbound_events SET payload = '{"erased":true}', processed_at = coalesce(processed_at, now()),
              last_error = NULL, failed_at = NULL, dedupe_key = ${HASHED_KEY}
        WHERE payload <> '{"erased":true}'
          AND (dedupe_key = ANY($1) OR EXISTS (SELECT 1 FROM unnest($1::text[]) n WHERE strpos(payload::text, n) > 0))
        RETURNING delivery_id`,
      [needles],
    );
    const deliveryIds = [...new Set(events[0].map((e) => e.delivery_id))];
    const deliveries = await manager.query<[unknown[], number]>(
      `UPDATE webhook_deliveries SET raw_body = ''::bytea, content_type = 'erased'
        WHERE content_type IS DISTINCT FROM 'erased'
          AND (id = ANY($2) OR EXISTS (SELECT 1 FROM unnest($1::text[]) n WHERE position(convert_to(n, 'UTF8') IN raw_body) > 0))
        RETURNING id`,
      [needles, deliveryIds],
    );
    return events[1] + deliveries[1];
  }

  /** Retention: raw deliveries and processed events received before `cutoff` lose their content. */
  async purgeRawBefore(manager: EntityManager, cutoff: Date): Promise<number> {
    const events = await manager.query<[unknown[], number]>(
      `UPDATE inbound_events SET payload = '{"erased":true}', dedupe_key = ${HASHED_KEY}
        WHERE received_at < $1 AND processed_at IS NOT NULL AND payload <> '{"erased":true}' RETURNING id`,
      [cutoff],
    );
    const deliveries = await manager.query<[unknown[], number]>(
      `UPDATE webhook_deliveries d SET raw_body = ''::bytea, content_type = 'erased'
        WHERE received_at < $1 AND content_type IS DISTINCT FROM 'erased'
          AND NOT EXISTS (SELECT 1 FROM inbound_events e WHERE e.delivery_id = d.id AND e.processed_at IS NULL)
        RETURNING id`,
      [cutoff],
    );
    return events[1] + deliveries[1];
  }
}
