import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Provider, UnprocessableEventList } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { dedupeKey, type InboundEvent } from '../channels/inbound-event';
import { JobsService, QUEUES } from '../jobs/jobs.service';
import { serializeEvent } from './event-serialization';

export interface AcceptResult {
  /** Events stored now; the rest were seen before (redelivery). */
  stored: number;
  duplicates: number;
}

/**
 * The webhook side of ingest: one transaction stores the raw delivery, its new events and one job
 * per new event. Only after it commits does the provider get its 200.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async accept(
    provider: Provider,
    rawBody: Buffer,
    contentType: string | null,
    events: InboundEvent[],
  ): Promise<AcceptResult> {
    if (events.length === 0) return { stored: 0, duplicates: 0 };
    const deliveryId = randomUUID();
    const stored = await this.dataSource.transaction(async (manager) => {
      const values: unknown[] = [];
      const tuples = events.map((event) => {
        values.push(
          provider,
          dedupeKey(event),
          deliveryId,
          event.kind,
          JSON.stringify(serializeEvent(event)),
        );
        const n = values.length;
        return `($${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n}::jsonb)`;
      });
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO inbound_events (provider, dedupe_key, delivery_id, kind, payload) VALUES ${tuples.join(', ')}
         ON CONFLICT (provider, dedupe_key) DO NOTHING RETURNING id`,
        values,
      );
      if (inserted.length === 0) return 0;
      await manager.query(
        'INSERT INTO webhook_deliveries (id, provider, raw_body, content_type) VALUES ($1, $2, $3, $4)',
        [deliveryId, provider, rawBody, contentType],
      );
      for (const row of inserted) {
        await this.jobs.sendInTransaction(manager, QUEUES.ingestEvent, { eventId: row.id });
      }
      return inserted.length;
    });
    if (stored > 0) this.jobs.notify(QUEUES.ingestEvent);
    return { stored, duplicates: events.length - stored };
  }

  /** Notes why an event failed; on its last attempt it joins the list supervisors see. */
  async noteFailure(eventId: string, reason: string, lastAttempt: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbound_events SET last_error = $2, failed_at = CASE WHEN $3 THEN now() ELSE failed_at END
       WHERE id = $1 AND processed_at IS NULL`,
      [eventId, reason, lastAttempt],
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
    const retried = await this.dataSource.transaction(async (manager) => {
      // An UPDATE … RETURNING answers [rows, affected count].
      const [rows]: [{ id: string }[], number] = await manager.query(
        `UPDATE inbound_events SET failed_at = NULL
         WHERE id = $1 AND failed_at IS NOT NULL AND processed_at IS NULL RETURNING id`,
        [eventId],
      );
      if (rows.length === 0) return false;
      await this.jobs.sendInTransaction(manager, QUEUES.ingestEvent, { eventId });
      return true;
    });
    if (retried) this.jobs.notify(QUEUES.ingestEvent);
    return retried;
  }

  /** How many events were ever stored (processed or not). */
  async storedEventCount(): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM inbound_events',
    );
    return count;
  }
}
