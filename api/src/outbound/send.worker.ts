import { Injectable, Logger } from '@nestjs/common';
import type { Provider } from '@webcare/shared';
import { DataSource } from 'typeorm';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import { OutboundError, type OutboundRequest } from '../channels/outbound';
import { toMessageView } from '../conversations/conversation.presenter';
import { MessageEntity } from '../conversations/message.entity';
import { MetricsService } from '../health/metrics.service';
import { JobsService, QUEUES, type JobContext } from '../jobs/jobs.service';
import { RealtimeService } from '../realtime/realtime.service';

interface SendRow {
  id: string;
  text: string;
  visibility: 'public' | 'private';
  provider_message_id: string | null;
  delivery_status: string;
  conversation_id: string;
  channel: OutboundRequest['channel'];
  thread_key: string;
  reply_to_external_id: string | null;
  account_external_id: string;
  account_provider: Provider;
}

/**
 * Sends one queued outbound message. No duplicate on retry: a message that already has a provider id
 * was sent, and the id is stored before the job completes. Retryable provider errors throw, so the
 * queue tries again with backoff; the last attempt, or a refusal, marks the message failed in plain words.
 */
@Injectable()
export class SendWorker {
  private readonly logger = new Logger(SendWorker.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly adapters: ChannelAdapterRegistry,
    private readonly realtime: RealtimeService,
    private readonly metrics: MetricsService,
  ) {}

  start(concurrency = 2): Promise<void> {
    return this.jobs.work<{ messageId: string }>(
      QUEUES.sendMessage,
      (data, context) => this.send(data.messageId, context),
      concurrency,
    );
  }

  async send(messageId: string, context: JobContext): Promise<void> {
    const [row]: SendRow[] = await this.dataSource.query(
      `SELECT m.id, m.text, m.visibility, m.provider_message_id, m.delivery_status, m.conversation_id,
              c.channel, c.thread_key, c.reply_to_external_id, a.external_id AS account_external_id, a.provider AS account_provider
         FROM messages m JOIN conversations c ON c.id = m.conversation_id JOIN channel_accounts a ON a.id = c.channel_account_id
        WHERE m.id = $1 AND m.direction = 'out'`,
      [messageId],
    );
    if (!row || row.provider_message_id || row.delivery_status !== 'queued') return;

    const isPublicThread = row.thread_key.startsWith('post:');
    const request: OutboundRequest = {
      channel: row.channel,
      accountId: row.account_external_id,
      recipientId: isPublicThread ? row.thread_key.split(':')[2] : row.thread_key.slice('dm:'.length),
      text: row.text,
      idempotencyKey: row.id,
      ...(isPublicThread
        ? {
            replyToCommentId: row.reply_to_external_id ?? undefined,
            privateReplyToComment: row.visibility === 'private',
          }
        : {}),
    };
    try {
      const result = await this.adapters.for(row.channel).send(request);
      await this.dataSource.query(
        `UPDATE messages SET provider = $2, provider_message_id = $3,
                delivery_status = CASE WHEN delivery_status = 'queued' THEN 'sent' ELSE delivery_status END, delivery_error = NULL
          WHERE id = $1 AND provider_message_id IS NULL`,
        [row.id, row.account_provider, result.providerMessageId],
      );
      this.metrics.outboundMessages.inc({ channel: row.channel, result: 'sent' });
    } catch (error) {
      const outbound = error instanceof OutboundError ? error : null;
      const canRetry = (outbound ? outbound.retryable : true) && context.retryCount < context.retryLimit;
      if (canRetry) {
        this.logger.warn(`Send of message ${row.id} failed, will retry (attempt ${context.retryCount + 1})`);
        throw error;
      }
      const reason = outbound?.message ?? 'the message could not be sent';
      await this.dataSource.query(
        `UPDATE messages SET delivery_status = 'failed', delivery_error = $2 WHERE id = $1`,
        [row.id, reason],
      );
      this.metrics.outboundMessages.inc({ channel: row.channel, result: 'failed' });
      this.logger.warn(
        `Send of message ${row.id} failed for good (${(outbound?.providerCode ?? error instanceof Error) ? (error as Error).name : 'error'})`,
      );
    }
    await this.pushUpdate(row.id, row.conversation_id);
  }

  private async pushUpdate(messageId: string, conversationId: string): Promise<void> {
    const message = await this.dataSource
      .getRepository(MessageEntity)
      .findOne({ where: { id: messageId }, relations: { author: true } });
    if (message) this.realtime.messageUpdated(conversationId, toMessageView(message, ''));
  }
}
