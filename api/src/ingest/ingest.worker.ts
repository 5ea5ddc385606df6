import { Injectable, Logger } from '@nestjs/common';
import { JobsService, QUEUES, type JobContext } from '../jobs/jobs.service';
import { IngestProcessor } from './ingest.processor';
import { IngestService } from './ingest.service';

/** Runs stored inbound events through the processor; a failure is noted on the event and retried. */
@Injectable()
export class IngestWorker {
  private readonly logger = new Logger(IngestWorker.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly processor: IngestProcessor,
    private readonly ingest: IngestService,
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
      const lastAttempt = context.retryCount >= context.retryLimit;
      await this.ingest.noteFailure(eventId, name, lastAttempt).catch(() => undefined);
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
}
