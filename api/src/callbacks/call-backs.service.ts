import { Injectable } from '@nestjs/common';
import { type CallBackOutcome, type CallBackStatus, type CallBackView, hasDangerFlag } from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { ConversationsService } from '../conversations/conversations.service';
import { queryRows } from '../database/sql';
import { DomainEventBus } from '../events/domain-event-bus';
import { UsersService } from '../users/users.service';
import { EscalationsService } from '../escalations/escalations.service';
import { SlaService } from '../sla/sla.service';
import { CallBackConflictException, CallBackNotFoundException } from './call-back.exception';

/**
 * Without a time given, a call-back is due in two hours and a retry in one; for crisis and
 * safeguarding the crisis policy says (15 and 30 minutes by default).
 */
const DEFAULT_DUE_MS = 2 * 60 * 60_000;
const RETRY_DUE_MS = 60 * 60_000;
const PHONE_CHANNELS = new Set(['whatsapp', 'sms']);

interface CallBackRow {
  id: string;
  conversation_id: string;
  contact_id: string;
  contact_name: string;
  phone: string | null;
  reason: string;
  due_at: Date;
  status: CallBackStatus;
  outcome: CallBackOutcome | null;
  created_by: string | null;
  created_by_name: string | null;
  created_at: Date;
  completed_at: Date | null;
}

const SELECT = `
  SELECT t.id, t.conversation_id, t.contact_id, ct.display_name AS contact_name, t.phone, t.reason, t.due_at,
         t.status, t.outcome, t.created_by, u.name AS created_by_name, t.created_at, t.completed_at
    FROM call_back_tasks t
    JOIN contacts ct ON ct.id = t.contact_id
    JOIN conversations c ON c.id = t.conversation_id
    LEFT JOIN users u ON u.id = t.created_by`;

function toCallBackView(row: CallBackRow, now = new Date()): CallBackView {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    contact: { id: row.contact_id, displayName: row.contact_name },
    phone: row.phone,
    reason: row.reason,
    dueAt: row.due_at.toISOString(),
    overdue: row.status === 'open' && row.due_at.getTime() < now.getTime(),
    status: row.status,
    outcome: row.outcome,
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    completedAt: row.completed_at?.toISOString() ?? null,
  };
}

/** WhatsApp and SMS identities are phone numbers (`31612345678`, `whatsapp:+31612345678`). */
function phoneFromIdentity(externalId: string | undefined): string | null {
  const bare = externalId?.replace(/^whatsapp:/, '') ?? '';
  return /^\+?\d{6,15}$/.test(bare) ? (bare.startsWith('+') ? bare : `+${bare}`) : null;
}

/** "We call you back": tasks with a number and a deadline, every step an internal note in the thread. */
@Injectable()
export class CallBacksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conversations: ConversationsService,
    private readonly users: UsersService,
    private readonly events: DomainEventBus,
    private readonly audit: AuditService,
    private readonly sla: SlaService,
    private readonly escalations: EscalationsService,
  ) {}

  /** Made by hand or by the `call_back` switch. The number defaults to the contact's phone. */
  async create(input: {
    conversationId: string;
    reason: string;
    dueAt?: Date | string | null;
    phone?: string | null;
    actor: Actor;
  }): Promise<CallBackView> {
    const { actor } = input;
    const conversation = await this.conversations.findAccessible(actor, input.conversationId, {
      contact: { identities: true },
    });
    const phone =
      input.phone?.trim() ||
      conversation.contact.phone ||
      (PHONE_CHANNELS.has(conversation.channel)
        ? phoneFromIdentity(conversation.contact.identities?.[0]?.externalId)
        : null);
    const dueAt = input.dueAt
      ? new Date(input.dueAt)
      : new Date(
          Date.now() +
            (hasDangerFlag(conversation.flags)
              ? (await this.sla.crisisPolicy()).callBackDueS * 1000
              : DEFAULT_DUE_MS),
        );
    const { id, note } = await this.dataSource.transaction(async (manager) => {
      const inserted = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO call_back_tasks (conversation_id, contact_id, phone, reason, due_at, status, created_by)
         VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id`,
        [conversation.id, conversation.contactId, phone, input.reason, dueAt, actor.id],
      );
      const written = await this.conversations.appendNote(manager, conversation.id, actor, {
        code: 'call_back.planned',
        params: { due: dueAt.toISOString(), phone, reason: input.reason },
      });
      await this.audit.record(
        {
          actor,
          action: 'call_back.create',
          conversationId: conversation.id,
          contactId: conversation.contactId,
          details: { callBackId: inserted[0]!.id, messageId: written.id },
        },
        manager,
      );
      return { id: inserted[0]!.id, note: written };
    });
    return this.announce(id, actor, note.id);
  }

  async list(
    actor: Actor,
    query: { status?: CallBackStatus; conversation?: string },
  ): Promise<{ items: CallBackView[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.status) where.push(`t.status = ${param(query.status)}`);
    if (query.conversation) {
      await this.conversations.findAccessible(actor, query.conversation);
      where.push(`t.conversation_id = ${param(query.conversation)}`);
    }
    if (actor.role === 'advisor') {
      where.push(`c.team_id = ANY(${param(await this.users.teamIdsOf(actor.id))}::uuid[])`);
    }
    const rows: CallBackRow[] = await this.dataSource.query(
      `${SELECT} WHERE ${where.length ? where.join(' AND ') : 'TRUE'} ORDER BY t.due_at, t.id LIMIT 200`,
      params,
    );
    const now = new Date();
    return { items: rows.map((row) => toCallBackView(row, now)) };
  }

  /**
   * How the call went. One conditional UPDATE decides, so an outcome is recorded once; a retry
   * creates the next task with the same number and reason.
   */
  async recordOutcome(
    actor: Actor,
    id: string,
    input: { outcome: CallBackOutcome; note?: string; nextDueAt?: string },
  ): Promise<CallBackView> {
    const task = await this.find(id);
    const conversation = await this.conversations.findAccessible(actor, task.conversation_id);
    // Crisis and safeguarding: "not reached" never ends the task; the next attempt is open and soon.
    const danger = hasDangerFlag(conversation.flags);
    const policy = await this.sla.crisisPolicy();
    const tryAgain = input.outcome === 'retry' || (danger && input.outcome === 'not_reached');
    const retryMs = danger ? policy.retryDueS * 1000 : RETRY_DUE_MS;
    const nextDueAt = input.nextDueAt ? new Date(input.nextDueAt) : new Date(Date.now() + retryMs);
    const { resultId, note, failedAttempts } = await this.dataSource.transaction(async (manager) => {
      const updated = await queryRows<{ id: string }>(
        manager,
        `UPDATE call_back_tasks SET status = 'done', outcome = $2, assignee_id = $3, completed_at = now()
          WHERE id = $1 AND status = 'open' RETURNING id`,
        [id, input.outcome, actor.id],
      );
      if (updated.length === 0) {
        const current = await this.find(id);
        throw new CallBackConflictException(
          `This call-back is already ${current.status}${current.outcome ? ` (${current.outcome})` : ''}`,
        );
      }
      const [{ failed }] = await manager.query<{ failed: number }[]>(
        `SELECT count(*)::int AS failed FROM call_back_tasks
          WHERE conversation_id = $1 AND outcome IN ('not_reached', 'retry')`,
        [task.conversation_id],
      );
      let next: string | null = null;
      if (tryAgain) {
        const inserted = await queryRows<{ id: string }>(
          manager,
          `INSERT INTO call_back_tasks (conversation_id, contact_id, phone, reason, due_at, status, created_by)
           VALUES ($1, $2, $3, $4, $5, 'open', $6) RETURNING id`,
          [task.conversation_id, task.contact_id, task.phone, task.reason, nextDueAt, actor.id],
        );
        next = inserted[0]!.id;
      }
      if (input.outcome === 'reached') {
        await this.conversations.recordReached(manager, task.conversation_id, new Date(), actor.id);
      }
      const written = await this.conversations.appendNote(manager, task.conversation_id, actor, {
        code: 'call_back.outcome',
        params: {
          outcome: input.outcome,
          due: tryAgain ? nextDueAt.toISOString() : null,
          attempt: input.outcome === 'reached' ? null : String(failed),
          note: input.note?.trim() || null,
        },
      });
      await this.audit.record(
        {
          actor,
          action: 'call_back.outcome',
          conversationId: task.conversation_id,
          contactId: task.contact_id,
          details: {
            callBackId: id,
            outcome: input.outcome,
            attempt: failed,
            nextCallBackId: next,
            messageId: written.id,
          },
        },
        manager,
      );
      return { resultId: next ?? id, note: written, failedAttempts: failed };
    });
    const view = await this.announce(resultId, actor, note.id);
    if (danger && input.outcome !== 'reached' && failedAttempts >= policy.maxFailedAttempts) {
      await this.escalations.toOnCall(task.conversation_id, 'call_back_failed', actor, {
        attempts: failedAttempts,
      });
    }
    return view;
  }

  private async find(id: string): Promise<CallBackRow> {
    if (!UUID.test(id)) throw new CallBackNotFoundException();
    const rows: CallBackRow[] = await this.dataSource.query(`${SELECT} WHERE t.id = $1`, [id]);
    if (!rows[0]) throw new CallBackNotFoundException();
    return rows[0];
  }

  /** After commit: the note is in the thread and the queue row shows the next call-back. */
  private async announce(id: string, actor: Actor, noteId: string): Promise<CallBackView> {
    const row = await this.find(id);
    await this.events.emit('message.recorded', { conversationId: row.conversation_id, messageId: noteId });
    await this.events.emit('conversation.changed', {
      conversationId: row.conversation_id,
      byUserId: actor.id,
    });
    return toCallBackView(row);
  }

  /** Erasure: the number to call and the reason written for the call go. */
  async erasePerson(manager: EntityManager, contactId: string, label: string): Promise<number> {
    const rows = await manager.query<[unknown[], number]>(
      `UPDATE call_back_tasks SET phone = NULL, reason = $2 WHERE contact_id = $1 RETURNING id`,
      [contactId, label],
    );
    return rows[1];
  }

  /** The person's call-backs (subject export). */
  async forContact(contactId: string): Promise<
    {
      id: string;
      conversationId: string;
      phone: string | null;
      reason: string;
      status: string;
      dueAt: Date;
    }[]
  > {
    return this.dataSource.query(
      `SELECT id, conversation_id AS "conversationId", phone, reason, status, due_at AS "dueAt"
         FROM call_back_tasks WHERE contact_id = $1 ORDER BY created_at`,
      [contactId],
    );
  }
}
