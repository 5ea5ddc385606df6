import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Provider } from '@webcare/shared';
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

  /** How many events were ever stored (processed or not). */
  async storedEventCount(): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM inbound_events',
    );
    return count;
  }
}
