import { Injectable, Logger } from '@nestjs/common';
import { messagingWindowOf, replyAllowance } from '@webcare/shared';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import { OutboundError, type OutboundRequest } from '../channels/outbound';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService } from '../conversations/conversations.service';
import { decodeThreadKey } from '../conversations/thread-key';
import { DomainEventBus } from '../events/domain-event-bus';
import { MetricsService } from '../health/metrics.service';
import { JobsService, QUEUES, type JobContext } from '../jobs/jobs.service';

/** How often one message waits for a provider's rate limit to lift, or for a provider to come back. */
const MAX_WAITS = 12;
/** A provider still down after the queue's retries: try again this much later (12 × 10 min = 2 hours). */
const OUTAGE_WAIT_MS = 10 * 60_000;

/**
 * Sends one queued outbound message. No duplicate on retry: a message that already has a provider id
 * was sent, and the id is stored before the job completes. Retryable provider errors throw, so the
 * queue tries again with backoff; the last attempt, or a refusal, marks the message failed in plain words.
 */
@Injectable()
export class SendWorker {
  private readonly logger = new Logger(SendWorker.name);

  constructor(
    private readonly conversations: ConversationsService,
    private readonly contacts: ContactsService,
    private readonly jobs: JobsService,
    private readonly adapters: ChannelAdapterRegistry,
    private readonly events: DomainEventBus,
    private readonly metrics: MetricsService,
  ) {}

  start(concurrency = 2): Promise<void> {
    return this.jobs.work<{ messageId: string; waits?: number }>(
      QUEUES.sendMessage,
      (data, context) => this.send(data.messageId, context, data.waits ?? 0),
      concurrency,
    );
  }

  /** `waits`: how often this message already waited for a rate limit to lift. */
  async send(messageId: string, context: JobContext, waits = 0): Promise<void> {
    const row = await this.conversations.outboundToSend(messageId);
    if (!row || row.providerMessageId || row.deliveryStatus !== 'queued') return;
    const account = await this.contacts.findAccountById(row.channelAccountId);
    if (!account) return;

    const thread = decodeThreadKey(row.threadKey);
    const isPublicThread = thread.kind === 'post';
    const request: OutboundRequest = {
      channel: row.channel,
      accountId: account.externalId,
      recipientId: thread.kind === 'post' ? thread.authorId : thread.personId,
      text: row.text,
      idempotencyKey: row.id,
      ...(row.template ? { template: row.template } : {}),
      ...(replyAllowance(messagingWindowOf(row.channel, row.lastInboundAt)) === 'human_agent'
        ? { humanAgentTag: true }
        : {}),
      ...(isPublicThread
        ? {
            replyToCommentId: row.replyToExternalId ?? undefined,
            privateReplyToComment: row.visibility === 'private',
          }
        : {}),
    };
    try {
      const result = await this.adapters.for(row.channel, account.provider).send(request);
      await this.conversations.recordSent(row.id, account.provider, result.providerMessageId);
      this.metrics.outboundMessages.inc({ channel: row.channel, result: 'sent' });
    } catch (error) {
      const outbound = error instanceof OutboundError ? error : null;
      if (outbound?.retryable && outbound.retryAt && waits < MAX_WAITS) {
        // The provider said when it takes requests again: send then, not on the queue's backoff.
        await this.jobs.sendAt(QUEUES.sendMessage, { messageId: row.id, waits: waits + 1 }, outbound.retryAt);
        this.logger.warn(`Send of message ${row.id} rate-limited; trying again at the provider's reset time`);
        return;
      }
      const retryable = outbound ? outbound.retryable : true;
      const canRetry = retryable && context.retryCount < context.retryLimit;
      if (canRetry) {
        this.logger.warn(`Send of message ${row.id} failed, will retry (attempt ${context.retryCount + 1})`);
        throw error;
      }
      if (retryable && waits < MAX_WAITS) {
        // The provider is still down after the queue's quick retries: nothing is lost, the message stays
        // queued (saying why) and is tried again later.
        await this.conversations.recordSendDelayed(
          row.id,
          `${(outbound?.message ?? 'the provider did not take the message').replace(/; trying again( later)?$/, '')}; still queued, next try in 10 minutes`,
        );
        await this.jobs.sendAt(
          QUEUES.sendMessage,
          { messageId: row.id, waits: waits + 1 },
          new Date(Date.now() + OUTAGE_WAIT_MS),
        );
        this.logger.warn(`Send of message ${row.id} still failing; queued for a later try`);
        await this.events.emit('message.changed', { conversationId: row.conversationId, messageId: row.id });
        return;
      }
      // Failed for good: a "trying again" in the provider's wording no longer holds.
      const reason = (outbound?.message ?? 'the message could not be sent').replace(
        /; trying again( later)?$/,
        '',
      );
      await this.conversations.recordSendFailed(row.id, reason);
      this.metrics.outboundMessages.inc({ channel: row.channel, result: 'failed' });
      this.logger.warn(
        `Send of message ${row.id} failed for good (${(outbound?.providerCode ?? error instanceof Error) ? (error as Error).name : 'error'})`,
      );
    }
    await this.events.emit('message.changed', { conversationId: row.conversationId, messageId: row.id });
  }
}
