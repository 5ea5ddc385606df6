import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { InboundEvent, InboundMessageEvent } from '../channels/inbound-event';
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
/**
 * Announcements started together; those of one wave share their lookups (the consoles' messages and
 * queue rows load in one query per wave, spike arrivals are counted in batches), so a wave takes a
 * connection or two of the shared pool whatever its size.
 */
const ANNOUNCE_WAVE = 25;

async function inWaves(tasks: (() => Promise<void>)[]): Promise<void> {
  for (let start = 0; start < tasks.length; start += ANNOUNCE_WAVE) {
    await Promise.all(tasks.slice(start, start + ANNOUNCE_WAVE).map((task) => task()));
  }
}

/** A stored event to apply; `payload` when the caller has it already (a claimed batch): one query less. */
export interface PendingEvent {
  id: string;
  context: JobContext;
  payload?: Record<string, unknown>;
}

/** Applies stored inbound events once, a batch in one transaction, and announces the result. */
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
    const [outcome] = await this.apply([{ id: eventId, context }]);
    await this.announceAll([outcome]);
    return outcome;
  }

  /**
   * Applies the events in one transaction, in the given order (nothing for one applied before); the
   * caller announces. One entry per event. A run of messages is applied in a few statements; the other
   * kinds each with their handler, between them, so everything keeps its order.
   */
  async apply(pending: PendingEvent[]): Promise<IngestOutcome[]> {
    if (pending.length === 0) return [];
    // Messenger/Instagram senders' names are looked up before the transaction: no network call holds it.
    const profiles = await this.senderProfiles(pending);
    return this.dataSource.transaction(async (manager) => {
      // Marked processed first: this locks the rows (a second worker waits, then finds them done) and
      // rolls back with everything else if applying fails. One round trip for check, lock and mark.
      const [rows]: [{ id: string; payload: Record<string, unknown> }[], number] = await manager.query(
        `UPDATE inbound_events SET processed_at = now(), last_error = NULL
         WHERE id = ANY($1::uuid[]) AND processed_at IS NULL RETURNING id, payload`,
        [pending.map((event) => event.id)],
      );
      const payloads = new Map(rows.map((row) => [row.id, row.payload]));
      const outcomes: IngestOutcome[] = pending.map(() => NOTHING);
      let run: { index: number; event: InboundMessageEvent }[] = [];
      const flush = async () => {
        const recorded = await this.messages.apply(
          manager,
          run.map(({ event }) => event),
        );
        run.forEach(({ index }, i) => (outcomes[index] = recorded[i]));
        run = [];
      };
      for (const [index, { id, context }] of pending.entries()) {
        const payload = payloads.get(id);
        if (!payload) continue;
        const event = deserializeEvent(payload);
        if (event.kind === 'message') {
          const profile = profiles.get(id);
          if (profile && !event.sender.name) event.sender = { ...event.sender, ...profile };
          run.push({ index, event });
          continue;
        }
        await flush();
        outcomes[index] = await this.applyOther(manager, event, context);
      }
      await flush();
      return outcomes;
    });
  }

  private async senderProfiles(
    pending: PendingEvent[],
  ): Promise<Map<string, { name?: string; handle?: string }>> {
    const missing = pending.filter((event) => !event.payload).map((event) => event.id);
    const stored = new Map<string, Record<string, unknown>>();
    if (missing.length > 0) {
      const rows: { id: string; payload: Record<string, unknown> }[] = await this.dataSource.query(
        'SELECT id, payload FROM inbound_events WHERE id = ANY($1::uuid[]) AND processed_at IS NULL',
        [missing],
      );
      for (const row of rows) stored.set(row.id, row.payload);
    }
    const profiles = new Map<string, { name?: string; handle?: string }>();
    for (const { id, payload = stored.get(id) } of pending) {
      if (!payload) continue;
      const event = deserializeEvent(payload);
      if (event.kind !== 'message' || event.sender.name) continue;
      const profile = await this.profiles.nameFor({
        provider: event.provider,
        channel: event.channel,
        accountExternalId: event.accountId,
        providerId: event.sender.providerId,
      });
      if (profile) profiles.set(id, profile);
    }
    return profiles;
  }

  /**
   * Tells the consoles what a batch changed: every new or changed message, and each conversation once
   * (created if any of the batch created it), after the messages. A few at a time: every listener
   * (the consoles, spike detection) may take a connection, and the pool is shared with the workers.
   */
  async announceAll(outcomes: IngestOutcome[]): Promise<void> {
    const conversations = new Map<string, boolean>();
    const messages: (() => Promise<void>)[] = [];
    for (const { conversationId, conversationCreated, messageId, messageCreated } of outcomes) {
      if (!conversationId) continue;
      if (messageId) {
        messages.push(() =>
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
    await inWaves(messages);
    await inWaves(
      [...conversations].map(
        ([conversationId, created]) =>
          () =>
            this.events.emit('conversation.changed', { conversationId, created }),
      ),
    );
  }

  private applyOther(
    manager: EntityManager,
    event: Exclude<InboundEvent, InboundMessageEvent>,
    context: JobContext,
  ): Promise<IngestOutcome> {
    switch (event.kind) {
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
