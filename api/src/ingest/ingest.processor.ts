import { Injectable } from '@nestjs/common';
import { visibilityOf } from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type {
  EchoEvent,
  InboundEvent,
  InboundMessageEvent,
  ReadWatermarkEvent,
  RemovedEvent,
  StatusEvent,
} from '../channels/inbound-event';
import { ContactsService } from '../contacts/contacts.service';
import {
  ConversationsService,
  NOTHING_RECORDED,
  type Recorded,
} from '../conversations/conversations.service';
import type { JobContext } from '../jobs/jobs.service';
import { RetryLaterError } from '../jobs/retry-later.error';
import { DomainEventBus } from '../events/domain-event-bus';
import { TriageService } from '../triage/triage.service';
import { deserializeEvent } from './event-serialization';

/** What changed, so the caller can tell the consoles after the transaction commits. */
export type IngestOutcome = Recorded;

const NOTHING = NOTHING_RECORDED;

/** Applies one stored inbound event: contact, conversation, message, triage, SLA due time, audit. */
@Injectable()
export class IngestProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly triage: TriageService,
    private readonly audit: AuditService,
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly events: DomainEventBus,
  ) {}

  /** Applies the event in one transaction; once it commits, tells what changed. */
  async process(eventId: string, context: JobContext): Promise<IngestOutcome> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const rows: { payload: Record<string, unknown>; processed_at: Date | null }[] = await manager.query(
        'SELECT payload, processed_at FROM inbound_events WHERE id = $1 FOR UPDATE',
        [eventId],
      );
      const row = rows[0];
      if (!row || row.processed_at) return NOTHING;
      const event = deserializeEvent(row.payload);
      const outcome = await this.apply(manager, event, context);
      await manager.query('UPDATE inbound_events SET processed_at = now(), last_error = NULL WHERE id = $1', [
        eventId,
      ]);
      return outcome;
    });
    await this.announce(outcome);
    return outcome;
  }

  private async announce(outcome: IngestOutcome): Promise<void> {
    const { conversationId, messageId } = outcome;
    if (!conversationId) return;
    if (messageId) {
      await this.events.emit(outcome.messageCreated ? 'message.recorded' : 'message.changed', {
        conversationId,
        messageId,
      });
    }
    if (outcome.messageCreated || outcome.conversationCreated) {
      await this.events.emit('conversation.changed', {
        conversationId,
        created: outcome.conversationCreated,
      });
    }
  }

  private apply(manager: EntityManager, event: InboundEvent, context: JobContext): Promise<IngestOutcome> {
    switch (event.kind) {
      case 'message':
        return this.applyMessage(manager, event);
      case 'echo':
        return this.applyEcho(manager, event, context);
      case 'status':
        return this.applyStatus(manager, event, context);
      case 'read_watermark':
        return this.applyReadWatermark(manager, event);
      case 'removed':
        return this.applyRemoved(manager, event);
    }
  }

  private async applyMessage(manager: EntityManager, event: InboundMessageEvent): Promise<IngestOutcome> {
    const account = await this.contacts.ensureAccount(manager, event.provider, event.accountId);
    const contact = await this.contacts.ensureContact(manager, {
      provider: event.provider,
      channel: event.channel,
      accountExternalId: event.accountId,
      providerId: event.sender.providerId,
      name: event.sender.name,
      handle: event.sender.handle,
    });
    const visibility = visibilityOf(event.channel);
    const threadKey =
      visibility === 'public'
        ? `post:${event.postId ?? event.providerMessageId}:${event.sender.providerId}`
        : `dm:${event.sender.providerId}`;
    const triage = this.triage.classify(event.text, {
      channel: event.channel,
      visibility,
      attachments: event.attachments.map((a) => ({ type: a.type })),
      sender: { prefersNoPhone: contact.prefersNoPhone, country: account.country },
    });
    const recorded = await this.conversations.recordInbound(manager, {
      provider: event.provider,
      channel: event.channel,
      visibility,
      accountId: account.id,
      contactId: contact.id,
      threadKey,
      postId: event.postId ?? null,
      providerMessageId: event.providerMessageId,
      text: event.text,
      attachments: event.attachments,
      sentAt: event.sentAt,
      triage,
    });
    if (!recorded.messageCreated) return recorded;
    await this.audit.record(
      {
        actor: 'system',
        action: 'message.receive',
        conversationId: recorded.conversationId,
        contactId: contact.id,
        details: { messageId: recorded.messageId, channel: event.channel },
      },
      manager,
    );
    return recorded;
  }

  /** Our own message coming back: confirm the outbound message, or record one sent outside the console. */
  private async applyEcho(
    manager: EntityManager,
    event: EchoEvent,
    context: JobContext,
  ): Promise<IngestOutcome> {
    const known = await this.conversations.confirmEcho(manager, event.provider, event.providerMessageId);
    if (known) return known;
    // The send job records the provider id right after the provider answers; give it a moment first.
    if (context.retryCount < 2) throw new RetryLaterError('echo before its outbound message');
    const account = await this.contacts.findAccount(event.provider, event.accountId, manager);
    if (!account) return NOTHING;
    return this.conversations.recordEcho(manager, {
      accountId: account.id,
      threadKey: `dm:${event.recipientId}`,
      text: event.text,
      provider: event.provider,
      providerMessageId: event.providerMessageId,
      sentAt: event.sentAt,
    });
  }

  private async applyStatus(
    manager: EntityManager,
    event: StatusEvent,
    context: JobContext,
  ): Promise<IngestOutcome> {
    const recorded = await this.conversations.recordDeliveryStatus(manager, event);
    if (recorded) return recorded;
    if (context.retryCount < 2) throw new RetryLaterError('status before its outbound message');
    return NOTHING;
  }

  private async applyReadWatermark(
    manager: EntityManager,
    event: ReadWatermarkEvent,
  ): Promise<IngestOutcome> {
    const account = await this.contacts.findAccount(event.provider, event.accountId, manager);
    if (!account) return NOTHING;
    return this.conversations.recordReadUpTo(
      manager,
      account.id,
      `dm:${event.contactProviderId}`,
      event.watermark,
    );
  }

  private applyRemoved(manager: EntityManager, event: RemovedEvent): Promise<IngestOutcome> {
    return this.conversations.recordRemoved(manager, event.provider, event.providerMessageId, event.at);
  }
}
