import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConversationsService } from '../conversations/conversations.service';
import { JobsService, QUEUES, type JobContext } from '../jobs/jobs.service';
import { RealtimeService } from '../realtime/realtime.service';
import { IngestProcessor, type IngestOutcome } from './ingest.processor';

/** Runs stored inbound events through the processor and pushes what changed to the consoles. */
@Injectable()
export class IngestWorker {
  private readonly logger = new Logger(IngestWorker.name);

  constructor(
    private readonly jobs: JobsService,
    private readonly processor: IngestProcessor,
    private readonly conversations: ConversationsService,
    private readonly realtime: RealtimeService,
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
    let outcome: IngestOutcome;
    try {
      outcome = await this.processor.process(eventId, context);
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
    await this.push(outcome).catch((error: unknown) =>
      this.logger.warn(`Realtime push failed: ${error instanceof Error ? error.name : 'Error'}`),
    );
  }

  private async push(outcome: IngestOutcome): Promise<void> {
    if (!outcome.conversationId) return;
    const { summary, teamId } = await this.conversations.summary(outcome.conversationId);
    if (outcome.messageId) {
      const view = await this.conversations.messageView(outcome.messageId, summary.contact.displayName);
      if (view) {
        if (outcome.messageCreated) this.realtime.messageCreated(outcome.conversationId, view, teamId);
        else this.realtime.messageUpdated(outcome.conversationId, view);
      }
    }
    if (outcome.messageCreated || outcome.conversationCreated) {
      this.realtime.conversationChanged(summary, outcome.conversationCreated, teamId);
    }
  }
}
