import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobsService, QUEUES, type JobContext } from '../jobs/jobs.service';
import { IngestProcessor } from './ingest.processor';

/** Runs stored inbound events through the processor; a failure is noted on the event and retried. */
@Injectable()
export class IngestWorker {
  private readonly logger = new Logger(IngestWorker.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly processor: IngestProcessor,
    private readonly dataSource: DataSource,
  ) {}

  start(concurrency = 2): Promise<void> {
    return this.jobs.work<{ eventId: string }>(
      QUEUES.ingestEvent,
      (data, context) => this.handle(data.eventId, context),
      concurrency,
    );
  }

  async handle(eventId: string, context: JobContext): Promise<void> {
    try {
      await this.processor.process(eventId, context);
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      await this.dataSource
        .query('UPDATE inbound_events SET last_error = $2 WHERE id = $1', [eventId, name])
        .catch(() => undefined);
      this.logger.warn(
        `Inbound event ${eventId} not applied yet (${name}); attempt ${context.retryCount + 1}`,
      );
      throw error;
    }
  }
}
