import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { MetricsService } from '../health/metrics.service';
import type { JobContext } from '../jobs/jobs.service';
import { IngestProcessor, type IngestOutcome, type PendingEvent } from './ingest.processor';
import { IngestService } from './ingest.service';

/**
 * A claimed event is leased this long and the lease is renewed while it is worked on: a worker that dies
 * (kill -9, a lost connection) holds its events at most this long before another takes them.
 */
export const LEASE_SECONDS = 15;
const HEARTBEAT_MS = 5_000;
/** Tries after the first, with a doubling wait (1 s, 2 s, … capped), before an event is listed as failed. */
export const RETRY_LIMIT = 8;
const MAX_RETRY_DELAY_SECONDS = 300;
/** Without a notification, look for work this often (leases of dead workers expire, retries fall due). */
const IDLE_POLL_MS = 1_000;
const LISTEN_CHANNEL = 'webcare_ingest';

interface Claimed {
  id: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/**
 * Applies stored inbound events: the events table is the outbox. Each loop claims a batch of unprocessed
 * events with FOR UPDATE SKIP LOCKED and a short lease (so replicas and loops never take the same one),
 * applies the batch in one transaction of a few statements (each event alone when the batch fails),
 * renews the lease meanwhile, and tells the consoles once per conversation. Several loops keep several
 * batches in flight.
 * Woken by LISTEN/NOTIFY (any replica's intake), by this process's intake, or by a 1 s poll.
 */
@Injectable()
export class IngestWorker implements OnApplicationShutdown {
  private readonly logger = new Logger(IngestWorker.name);
  private running = false;
  private loops: Promise<void>[] = [];
  private sleepers: (() => void)[] = [];
  private listener: Client | null = null;
  private unsubscribe: (() => void) | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly processor: IngestProcessor,
    private readonly ingest: IngestService,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * `loops` claim loops, each claiming up to `batchSize` events and applying them in one transaction
   * (one connection each; with their announcements, at most 3 × (1 + 4) below the pool of 20).
   */
  async start(loops = 3, batchSize = 100): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.ingest.onStored(() => this.wakeAll());
    await this.listen();
    for (let i = 0; i < loops; i++) this.loops.push(this.loop(batchSize));
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.wakeAll();
    // Events in flight finish or, past this wait, are taken again by another worker when their lease ends.
    await Promise.race([
      Promise.all(this.loops),
      new Promise((resolve) => setTimeout(resolve, 5_000).unref()),
    ]);
    this.loops = [];
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
  }

  private async loop(batchSize: number): Promise<void> {
    // A batch is announced while the next one is applied; never more than one batch behind.
    let announcing: Promise<void> = Promise.resolve();
    while (this.running) {
      let claimed: Claimed[];
      try {
        claimed = await this.claim(batchSize);
      } catch {
        // The database is away: try again shortly; nothing was claimed.
        await this.sleep(IDLE_POLL_MS);
        continue;
      }
      if (claimed.length === 0) {
        await this.sleep(IDLE_POLL_MS);
        continue;
      }
      const outcomes = await this.work(claimed);
      await announcing;
      announcing = this.processor.announceAll(outcomes).catch(() => undefined);
    }
    await announcing;
  }

  /** Up to `limit` events nobody holds, oldest first, leased to this worker. */
  private async claim(limit: number): Promise<Claimed[]> {
    // An UPDATE … RETURNING answers [rows, affected count].
    const [rows]: [Claimed[], number] = await this.dataSource.query(
      `UPDATE inbound_events e SET attempts = e.attempts + 1, lease_until = now() + make_interval(secs => $2)
       FROM (SELECT id FROM inbound_events
             WHERE processed_at IS NULL AND failed_at IS NULL AND (lease_until IS NULL OR lease_until <= now())
             ORDER BY received_at LIMIT $1 FOR UPDATE SKIP LOCKED) AS free
       WHERE e.id = free.id
       RETURNING e.id, e.payload, e.attempts`,
      [limit, LEASE_SECONDS],
    );
    return rows;
  }

  /** Applies a claimed batch; answers what changed, for the caller to announce. */
  private async work(claimed: Claimed[]): Promise<IngestOutcome[]> {
    const pending = new Set(claimed.map((event) => event.id));
    const heartbeat = setInterval(() => {
      void this.dataSource
        .query(
          `UPDATE inbound_events SET lease_until = now() + make_interval(secs => $2)
           WHERE id = ANY($1::uuid[]) AND processed_at IS NULL`,
          [[...pending], LEASE_SECONDS],
        )
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    const events: PendingEvent[] = claimed.map((event) => ({
      id: event.id,
      payload: event.payload,
      context: { retryCount: event.attempts - 1, retryLimit: RETRY_LIMIT },
    }));
    try {
      let outcomes: IngestOutcome[];
      try {
        outcomes = await this.processor.apply(events);
        this.count(outcomes);
      } catch {
        // One event the batch could not take (a poison event, an echo before its outbound message)
        // must not hold the others back: each alone, so only that one is noted and tried again later.
        outcomes = [];
        for (const event of events) {
          try {
            outcomes.push(await this.applyAlone(event));
          } catch {
            // Noted on the event, tried again after its delay.
          } finally {
            pending.delete(event.id);
          }
        }
      }
      return outcomes;
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Applies one event alone; on failure notes why and when to try again, and rethrows. */
  async handle(eventId: string, context: JobContext): Promise<void> {
    const outcome = await this.applyAlone({ id: eventId, context });
    await this.processor.announceAll([outcome]);
  }

  private async applyAlone(event: PendingEvent): Promise<IngestOutcome> {
    const { id: eventId, context } = event;
    try {
      const outcomes = await this.processor.apply([event]);
      this.count(outcomes);
      return outcomes[0];
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      const lastAttempt = context.retryCount >= context.retryLimit;
      const delay = Math.min(2 ** context.retryCount, MAX_RETRY_DELAY_SECONDS);
      await this.ingest.noteFailure(eventId, name, lastAttempt, delay).catch(() => undefined);
      this.metrics.inboundEvents.inc({ outcome: lastAttempt ? 'failed' : 'retry' });
      if (lastAttempt) {
        this.logger.error(
          `Inbound event ${eventId} could not be processed (${name}); listed for supervisors`,
        );
      } else {
        this.logger.warn(
          `Inbound event ${eventId} not applied yet (${name}); attempt ${context.retryCount + 1}`,
        );
      }
      throw error;
    }
  }

  private count(outcomes: IngestOutcome[]): void {
    const created = outcomes.filter((outcome) => outcome.messageCreated).length;
    if (created > 0) this.metrics.inboundMessages.inc(created);
    this.metrics.inboundEvents.inc({ outcome: 'applied' }, outcomes.length);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers = this.sleepers.filter((sleeper) => sleeper !== wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.push(wake);
    });
  }

  private wakeAll(): void {
    for (const wake of [...this.sleepers]) wake();
  }

  /** LISTEN for other replicas' intake; reconnects after a database blip (the poll covers the gap). */
  private async listen(): Promise<void> {
    if (!this.running) return;
    const options = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: options.url, application_name: 'webcare-ingest-listen' });
    const retry = () => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => undefined);
      if (this.running && !this.reconnectTimer) {
        this.reconnectTimer = setTimeout(() => {
          this.reconnectTimer = null;
          void this.listen();
        }, IDLE_POLL_MS);
      }
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', () => this.wakeAll());
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${LISTEN_CHANNEL}`);
    } catch {
      retry();
    }
  }
}
