import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InboundEvent } from '../channels/inbound-event';
import { NOTHING_RECORDED, type Recorded } from '../conversations/conversations.service';
import { DomainEventBus } from '../events/domain-event-bus';
import type { JobContext } from '../jobs/jobs.service';
import { deserializeEvent } from './event-serialization';
import { ProfileNamesService } from '../contacts/profile-names.service';
import { EchoHandler } from './handlers/echo.handler';
import { MessageHandler } from './handlers/message.handler';
import { RemovalHandler } from './handlers/removal.handler';
import { StatusHandler } from './handlers/status.handler';

/** What changed, so the caller can tell the consoles after the transaction commits. */
export type IngestOutcome = Recorded;

const NOTHING = NOTHING_RECORDED;

/** Applies one stored inbound event once, with the handler for its kind, and announces the result. */
@Injectable()
export class IngestProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly messages: MessageHandler,
    private readonly echoes: EchoHandler,
    private readonly statuses: StatusHandler,
    private readonly removals: RemovalHandler,
    private readonly events: DomainEventBus,
    private readonly profiles: ProfileNamesService,
  ) {}

  /** Applies the event in one transaction; once it commits, tells what changed. */
  async process(eventId: string, context: JobContext): Promise<IngestOutcome> {
    const outcome = await this.apply(eventId, context);
    await this.announceAll([outcome]);
    return outcome;
  }

  /**
   * Applies the event in one transaction (nothing when it was applied before); the caller announces.
   * `payload` is the stored event when the caller has it already (a claimed batch): one query less.
   */
  async apply(
    eventId: string,
    context: JobContext,
    payload?: Record<string, unknown>,
  ): Promise<IngestOutcome> {
    // A Messenger/Instagram sender's name is looked up before the transaction: no network call holds it.
    const profile = await this.senderProfile(eventId, payload);
    return this.dataSource.transaction(async (manager) => {
      // Marked processed first: this locks the row (a second worker waits, then finds it done) and
      // rolls back with everything else if applying fails. One round trip for check, lock and mark.
      const [rows]: [{ payload: Record<string, unknown> }[], number] = await manager.query(
        `UPDATE inbound_events SET processed_at = now(), last_error = NULL
         WHERE id = $1 AND processed_at IS NULL RETURNING payload`,
        [eventId],
      );
      if (!rows[0]) return NOTHING;
      const event = deserializeEvent(rows[0].payload);
      if (profile && event.kind === 'message' && !event.sender.name) {
        event.sender = { ...event.sender, ...profile };
      }
      return this.applyEvent(manager, event, context);
    });
  }

  private async senderProfile(
    eventId: string,
    payload?: Record<string, unknown>,
  ): Promise<{ name?: string; handle?: string } | undefined> {
    if (!payload) {
      const rows: { payload: Record<string, unknown> }[] = await this.dataSource.query(
        'SELECT payload FROM inbound_events WHERE id = $1 AND processed_at IS NULL',
        [eventId],
      );
      if (!rows[0]) return undefined;
      payload = rows[0].payload;
    }
    const event = deserializeEvent(payload);
    if (event.kind !== 'message' || event.sender.name) return undefined;
    return this.profiles.nameFor({
      provider: event.provider,
      channel: event.channel,
      accountExternalId: event.accountId,
      providerId: event.sender.providerId,
    });
  }

  /**
   * Tells the consoles what a batch changed: every new or changed message, and each conversation once
   * (created if any of the batch created it), after the messages.
   */
  async announceAll(outcomes: IngestOutcome[]): Promise<void> {
    const conversations = new Map<string, boolean>();
    const messages: Promise<void>[] = [];
    for (const { conversationId, conversationCreated, messageId, messageCreated } of outcomes) {
      if (!conversationId) continue;
      if (messageId) {
        messages.push(
          this.events.emit(messageCreated ? 'message.recorded' : 'message.changed', {
            conversationId,
            messageId,
          }),
        );
      }
      if (messageCreated || conversationCreated) {
        conversations.set(
          conversationId,
          (conversations.get(conversationId) ?? false) || conversationCreated,
        );
      }
    }
    await Promise.all(messages);
    await Promise.all(
      [...conversations].map(([conversationId, created]) =>
        this.events.emit('conversation.changed', { conversationId, created }),
      ),
    );
  }

  private applyEvent(
    manager: EntityManager,
    event: InboundEvent,
    context: JobContext,
  ): Promise<IngestOutcome> {
    switch (event.kind) {
      case 'message':
        return this.messages.apply(manager, event);
      case 'echo':
        return this.echoes.apply(manager, event, context);
      case 'status':
        return this.statuses.apply(manager, event, context);
      case 'read_watermark':
        return this.statuses.applyReadWatermark(manager, event);
      case 'removed':
        return this.removals.apply(manager, event);
    }
  }
}
