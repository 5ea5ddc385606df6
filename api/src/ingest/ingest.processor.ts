import { Injectable, Logger } from '@nestjs/common';
import { PRIORITY_RANK, visibilityOf, type Priority, type TriageFlag } from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { queryRows } from '../database/sql';
import type {
  EchoEvent,
  InboundEvent,
  InboundMessageEvent,
  ReadWatermarkEvent,
  RemovedEvent,
  StatusEvent,
} from '../channels/inbound-event';
import { previewOf } from '../conversations/conversation.presenter';
import type { JobContext } from '../jobs/jobs.service';
import { SlaService } from '../sla/sla.service';
import { TriageService } from '../triage/triage.service';
import { deserializeEvent } from './event-serialization';
import { mergeTriage } from './merge-triage';

/** What changed, so the caller can push it after the transaction commits. */
export interface IngestOutcome {
  conversationId: string | null;
  conversationCreated: boolean;
  messageId: string | null;
  messageCreated: boolean;
}

const NOTHING: IngestOutcome = {
  conversationId: null,
  conversationCreated: false,
  messageId: null,
  messageCreated: false,
};

/** The job asks to be retried: the thing this event refers to may not be stored yet (a race with our own send). */
export class RetryLaterError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RetryLaterError';
  }
}

const STATUS_RANK: Record<string, number> = { queued: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

/** Applies one stored inbound event: contact, conversation, message, triage, SLA due time, audit. */
@Injectable()
export class IngestProcessor {
  private readonly logger = new Logger(IngestProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly triage: TriageService,
    private readonly audit: AuditService,
    private readonly sla: SlaService,
  ) {}

  async process(eventId: string, context: JobContext): Promise<IngestOutcome> {
    return this.dataSource.transaction(async (manager) => {
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
    const account = await this.ensureAccount(manager, event.provider, event.accountId);
    const contact = await this.ensureContact(manager, event);
    const visibility = visibilityOf(event.channel);
    const threadKey =
      visibility === 'public'
        ? `post:${event.postId ?? event.providerMessageId}:${event.sender.providerId}`
        : `dm:${event.sender.providerId}`;

    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, post_id, last_message_at, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'new')
       ON CONFLICT (channel_account_id, channel, thread_key) DO NOTHING RETURNING id`,
      [event.channel, visibility, account.id, contact.id, threadKey, event.postId ?? null, event.sentAt],
    );
    const conversationCreated = inserted.length > 0;
    const [conversation]: {
      id: string;
      status: string;
      awaiting_since: Date | null;
      cycle_started_at: Date;
      first_response_at: Date | null;
      resolution_due_at: Date | null;
      team_id: string | null;
    }[] = await manager.query(
      `SELECT id, status, awaiting_since, cycle_started_at, first_response_at, resolution_due_at, team_id FROM conversations
        WHERE channel_account_id = $1 AND channel = $2 AND thread_key = $3 FOR UPDATE`,
      [account.id, event.channel, threadKey],
    );

    const result = this.triage.classify(event.text, {
      channel: event.channel,
      visibility,
      attachments: event.attachments.map((a) => ({ type: a.type })),
      sender: { prefersNoPhone: contact.prefers_no_phone, country: account.country },
    });
    const message: { id: string }[] = await manager.query(
      `INSERT INTO messages (conversation_id, direction, text, attachments, visibility, provider, provider_message_id,
                             sent_at, delivery_status, flags, priority, suggested_switch)
       VALUES ($1, 'in', $2, $3::jsonb, $4, $5, $6, $7, 'received', $8::jsonb, $9, $10::jsonb)
       ON CONFLICT (provider, provider_message_id) WHERE provider_message_id IS NOT NULL DO NOTHING RETURNING id`,
      [
        conversation.id,
        event.text,
        JSON.stringify(event.attachments),
        visibility,
        event.provider,
        event.providerMessageId,
        event.sentAt,
        JSON.stringify(result.flags),
        result.priority,
        result.suggestedSwitch ? JSON.stringify(result.suggestedSwitch) : null,
      ],
    );
    if (message.length === 0) return { ...NOTHING, conversationId: conversation.id };

    // A resolved conversation that hears from the person again reopens with a new open period.
    const reopening = conversation.status === 'resolved';
    const cycleStart = reopening ? new Date() : conversation.cycle_started_at;
    const open: {
      flags: TriageFlag[];
      priority: Priority | null;
      suggested_switch: unknown;
      sent_at: Date;
    }[] = await manager.query(
      `SELECT flags, priority, suggested_switch, sent_at FROM messages
          WHERE conversation_id = $1 AND direction = 'in' AND (created_at >= $2 OR id = $3)`,
      [conversation.id, cycleStart, message[0].id],
    );
    const merged = mergeTriage(open);
    const awaitingSince =
      conversation.awaiting_since && conversation.awaiting_since < event.sentAt && !reopening
        ? conversation.awaiting_since
        : event.sentAt;
    const clock = {
      priority: merged.priority,
      channel: event.channel,
      teamId: conversation.team_id,
      start: awaitingSince,
    };
    const deadline = conversation.first_response_at
      ? await this.sla.nextResponseDeadline(clock)
      : await this.sla.firstResponseDeadline(clock);
    const resolutionDue =
      conversation.resolution_due_at && !reopening
        ? conversation.resolution_due_at
        : (await this.sla.resolutionDeadline(clock)).dueAt;
    await manager.query(
      `UPDATE conversations
          SET status = CASE WHEN status = 'resolved' THEN 'open' ELSE status END,
              resolved_at = NULL, cycle_started_at = $2,
              priority = $3, priority_rank = $4, flags = $5::jsonb, suggested_switch = $6::jsonb,
              awaiting_since = $7, sla_due_at = $8, sla_sort_at = COALESCE($8, 'infinity'::timestamptz),
              sla_near_at = $12, resolution_due_at = $13,
              first_response_due_at = CASE WHEN first_response_at IS NULL THEN $8 ELSE first_response_due_at END,
              first_inbound_at = COALESCE(first_inbound_at, $9),
              last_inbound_at = GREATEST(COALESCE(last_inbound_at, $9), $9),
              last_message_at = GREATEST(last_message_at, $9),
              last_message_preview = CASE WHEN last_message_at <= $9 THEN $10 ELSE last_message_preview END,
              reply_to_external_id = $11, updated_at = now()
        WHERE id = $1`,
      [
        conversation.id,
        cycleStart,
        merged.priority,
        PRIORITY_RANK[merged.priority],
        JSON.stringify(merged.flags),
        merged.suggestedSwitch ? JSON.stringify(merged.suggestedSwitch) : null,
        awaitingSince,
        deadline.dueAt,
        event.sentAt,
        previewOf(event.text, event.attachments.length),
        event.providerMessageId,
        deadline.nearAt,
        resolutionDue,
      ],
    );
    await this.audit.record(
      {
        actor: 'system',
        action: 'message.receive',
        conversationId: conversation.id,
        contactId: contact.id,
        details: { messageId: message[0].id, channel: event.channel },
      },
      manager,
    );
    return {
      conversationId: conversation.id,
      conversationCreated,
      messageId: message[0].id,
      messageCreated: true,
    };
  }

  /** Our own message coming back: confirm the outbound message, or record one sent outside the console. */
  private async applyEcho(
    manager: EntityManager,
    event: EchoEvent,
    context: JobContext,
  ): Promise<IngestOutcome> {
    const known = await queryRows<{ id: string; conversation_id: string }>(
      manager,
      `UPDATE messages SET delivery_status = CASE WHEN delivery_status = 'queued' THEN 'sent' ELSE delivery_status END
        WHERE provider = $1 AND provider_message_id = $2 RETURNING id, conversation_id`,
      [event.provider, event.providerMessageId],
    );
    if (known[0]) return { ...NOTHING, conversationId: known[0].conversation_id, messageId: known[0].id };
    // The send job records the provider id right after the provider answers; give it a moment first.
    if (context.retryCount < 2) throw new RetryLaterError('echo before its outbound message');

    const [conversation]: { id: string }[] = await manager.query(
      `SELECT c.id FROM conversations c JOIN channel_accounts a ON a.id = c.channel_account_id
        WHERE a.provider = $1 AND a.external_id = $2 AND c.thread_key = $3`,
      [event.provider, event.accountId, `dm:${event.recipientId}`],
    );
    if (!conversation) return NOTHING;
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO messages (conversation_id, direction, text, visibility, provider, provider_message_id, sent_at, delivery_status)
       VALUES ($1, 'out', $2, 'private', $3, $4, $5, 'sent')
       ON CONFLICT (provider, provider_message_id) WHERE provider_message_id IS NOT NULL DO NOTHING RETURNING id`,
      [conversation.id, event.text, event.provider, event.providerMessageId, event.sentAt],
    );
    if (inserted.length === 0) return NOTHING;
    // Someone answered from the provider's own inbox: that is a response too.
    await this.sla.recordResponse(manager, conversation.id, event.sentAt, null);
    await manager.query(
      `UPDATE conversations SET first_response_at = COALESCE(first_response_at, $2), awaiting_since = NULL,
              sla_due_at = NULL, sla_sort_at = 'infinity', last_message_at = GREATEST(last_message_at, $2),
              last_message_preview = $3, updated_at = now()
        WHERE id = $1`,
      [conversation.id, event.sentAt, previewOf(event.text, 0)],
    );
    return {
      conversationId: conversation.id,
      conversationCreated: false,
      messageId: inserted[0].id,
      messageCreated: true,
    };
  }

  private async applyStatus(
    manager: EntityManager,
    event: StatusEvent,
    context: JobContext,
  ): Promise<IngestOutcome> {
    const [message]: { id: string; conversation_id: string; delivery_status: string }[] = await manager.query(
      'SELECT id, conversation_id, delivery_status FROM messages WHERE provider = $1 AND provider_message_id = $2 FOR UPDATE',
      [event.provider, event.providerMessageId],
    );
    if (!message) {
      if (context.retryCount < 2) throw new RetryLaterError('status before its outbound message');
      return NOTHING;
    }
    // Statuses arrive out of order: never step back from read to delivered.
    if (
      message.delivery_status !== 'failed' &&
      STATUS_RANK[event.status] > STATUS_RANK[message.delivery_status]
    ) {
      await manager.query('UPDATE messages SET delivery_status = $2, delivery_error = $3 WHERE id = $1', [
        message.id,
        event.status,
        event.status === 'failed' ? (event.error ?? 'The provider could not deliver this message') : null,
      ]);
    }
    return { ...NOTHING, conversationId: message.conversation_id, messageId: message.id };
  }

  private async applyReadWatermark(
    manager: EntityManager,
    event: ReadWatermarkEvent,
  ): Promise<IngestOutcome> {
    const updated = await queryRows<{ conversation_id: string }>(
      manager,
      `UPDATE messages m SET delivery_status = 'read'
         FROM conversations c JOIN channel_accounts a ON a.id = c.channel_account_id
        WHERE m.conversation_id = c.id AND a.provider = $1 AND a.external_id = $2 AND c.thread_key = $3
          AND m.direction = 'out' AND m.delivery_status IN ('sent', 'delivered') AND m.sent_at <= $4
        RETURNING m.conversation_id`,
      [event.provider, event.accountId, `dm:${event.contactProviderId}`, event.watermark],
    );
    return { ...NOTHING, conversationId: updated[0]?.conversation_id ?? null };
  }

  private async applyRemoved(manager: EntityManager, event: RemovedEvent): Promise<IngestOutcome> {
    const updated = await queryRows<{ id: string; conversation_id: string }>(
      manager,
      'UPDATE messages SET removed_at = $3 WHERE provider = $1 AND provider_message_id = $2 RETURNING id, conversation_id',
      [event.provider, event.providerMessageId, event.at],
    );
    return {
      ...NOTHING,
      conversationId: updated[0]?.conversation_id ?? null,
      messageId: updated[0]?.id ?? null,
    };
  }

  /** Unknown account ids are kept under an account created on the spot; an admin can name it later. */
  private async ensureAccount(
    manager: EntityManager,
    provider: string,
    externalId: string,
  ): Promise<{ id: string; country: 'NL' | 'BE' }> {
    await manager.query(
      `INSERT INTO channel_accounts (provider, external_id, name, auto_created) VALUES ($1, $2, $3, true)
       ON CONFLICT (provider, external_id) DO NOTHING`,
      [provider, externalId, `Onbekend account ${externalId}`],
    );
    const [account] = await manager.query(
      'SELECT id, country FROM channel_accounts WHERE provider = $1 AND external_id = $2',
      [provider, externalId],
    );
    if (account && externalId) return account as { id: string; country: 'NL' | 'BE' };
    this.logger.warn(`Channel account could not be resolved for provider ${provider}`);
    throw new Error('channel account missing');
  }

  private async ensureContact(
    manager: EntityManager,
    event: InboundMessageEvent,
  ): Promise<{ id: string; prefers_no_phone: boolean }> {
    const find = async () =>
      (
        await manager.query(
          `SELECT c.id, c.display_name, c.prefers_no_phone FROM contact_identities i JOIN contacts c ON c.id = i.contact_id
            WHERE i.provider = $1 AND i.account_external_id = $2 AND i.external_id = $3`,
          [event.provider, event.accountId, event.sender.providerId],
        )
      )[0] as { id: string; display_name: string; prefers_no_phone: boolean } | undefined;
    const name = event.sender.name?.trim() || event.sender.handle?.trim() || null;
    const existing = await find();
    if (existing) {
      if (name && existing.display_name.startsWith('Onbekend')) {
        await manager.query('UPDATE contacts SET display_name = $2 WHERE id = $1', [existing.id, name]);
      }
      return existing;
    }
    const phone = ['whatsapp', 'sms'].includes(event.channel) ? phoneOf(event.sender.providerId) : null;
    const [contact]: { id: string }[] = await manager.query(
      'INSERT INTO contacts (display_name, phone) VALUES ($1, $2) RETURNING id',
      [name ?? placeholderName(event.channel, event.sender.providerId), phone],
    );
    const identity: unknown[] = await manager.query(
      `INSERT INTO contact_identities (contact_id, provider, account_external_id, external_id, handle)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [contact.id, event.provider, event.accountId, event.sender.providerId, event.sender.handle ?? null],
    );
    if (identity.length > 0) return { id: contact.id, prefers_no_phone: false };
    // Another worker created the same person a moment ago: use theirs.
    await manager.query('DELETE FROM contacts WHERE id = $1', [contact.id]);
    const raced = await find();
    if (!raced) throw new RetryLaterError('contact identity race');
    return raced;
  }
}

const CHANNEL_NAMES: Record<string, string> = {
  messenger: 'Messenger',
  facebook_comment: 'Facebook',
  instagram_dm: 'Instagram',
  instagram_comment: 'Instagram',
  whatsapp: 'WhatsApp',
  x_dm: 'X',
  x_mention: 'X',
  sms: 'SMS',
  webchat: 'Webchat',
};

/** Until we know a name: "Onbekend · Messenger ·4521", distinguishable in the queue without exposing the id. */
function placeholderName(channel: string, providerId: string): string {
  return `Onbekend · ${CHANNEL_NAMES[channel] ?? channel} ·${providerId.slice(-4)}`;
}

/** WhatsApp ids and SMS senders are phone numbers: keep them for call-backs in E.164 form. */
function phoneOf(providerId: string): string | null {
  const digits = providerId.replace(/^whatsapp:/, '').replace(/[^\d+]/g, '');
  if (!/^\+?\d{8,15}$/.test(digits)) return null;
  return digits.startsWith('+') ? digits : `+${digits}`;
}
