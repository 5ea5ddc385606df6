import { Injectable, Logger } from '@nestjs/common';
import { MetricsService } from '../health/metrics.service';
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
    private readonly metrics: MetricsService,
  ) {}

  /** Two workers, each applying up to 16 events side by side: many transactions in flight. */
  start(concurrency = 2, batchSize = 16): Promise<void> {
    return this.jobs.work<{ eventId: string }>(
      QUEUES.ingestEvent,
      (data, context) => this.handle(data.eventId, context),
      concurrency,
      batchSize,
    );
  }

  async handle(eventId: string, context: JobContext): Promise<void> {
    try {
      const outcome = await this.processor.process(eventId, context);
      if (outcome.messageCreated) this.metrics.inboundMessages.inc();
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
