import { Injectable } from '@nestjs/common';
import {
  type ConversationDetail,
  type ConversationListQuery,
  type ConversationPage,
  type ConversationStatus,
  type ConversationSummary,
  type MessageView,
  type Visibility,
  CONVERSATION_STATUSES,
} from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { queryRows } from '../database/sql';
import type { Actor } from '../common/current-user';
import { JobsService, QUEUES } from '../jobs/jobs.service';
import { RealtimeService } from '../realtime/realtime.service';
import { SlaService } from '../sla/sla.service';
import { UsersService } from '../users/users.service';
import { ConversationEntity } from './conversation.entity';
import {
  ConversationForbiddenException,
  ConversationHeldByOtherException,
  ConversationNotFoundException,
  InvalidStatusTransitionException,
  VisibilityNotAllowedException,
} from './conversation.exception';
import {
  type ConversationRow,
  previewOf,
  replyVisibilitiesOf,
  toConversationSummary,
  toMessageView,
} from './conversation.presenter';
import { buildListQuery, decodeCursor, encodeCursor, SUMMARY_SELECT } from './conversation-query';
import { MessageEntity } from './message.entity';

const NOBODY = '00000000-0000-0000-0000-000000000000';
const SUPERVISING = new Set(['supervisor', 'admin']);

/** Status changes a person may make directly; `escalated` is set by escalations only. */
const MANUAL_TRANSITIONS: Record<ConversationStatus, ConversationStatus[]> = {
  new: ['open', 'pending', 'resolved'],
  open: ['pending', 'resolved'],
  pending: ['open', 'resolved'],
  escalated: ['open', 'resolved'],
  resolved: ['open'],
};

@Injectable()
export class ConversationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly jobs: JobsService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
    private readonly sla: SlaService,
  ) {}

  async list(
    actor: Actor,
    query: ConversationListQuery & { statuses?: ConversationStatus[] },
  ): Promise<ConversationPage> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const scope = { userId: actor.id, teamIds: await this.teamScope(actor) };
    const { sql, params } = buildListQuery(query, scope, cursor, limit);
    const rows: ConversationRow[] = await this.dataSource.query(sql, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toConversationSummary),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({
              rank: last.priority_rank,
              sla: last.sla_sort_text,
              last: last.last_message_text,
              id: last.id,
            })
          : null,
    };
  }

  async summary(
    conversationId: string,
    userId: string = NOBODY,
  ): Promise<{ summary: ConversationSummary; teamId: string | null }> {
    const rows: ConversationRow[] = await this.dataSource.query(`${SUMMARY_SELECT} WHERE c.id = $2`, [
      userId,
      conversationId,
    ]);
    if (!rows[0]) throw new ConversationNotFoundException();
    return { summary: toConversationSummary(rows[0]), teamId: rows[0].team_id };
  }

  async detail(actor: Actor, id: string): Promise<ConversationDetail> {
    const conversation = await this.findAccessible(actor, id, { contact: { identities: true } });
    const messages = await this.dataSource.getRepository(MessageEntity).find({
      where: { conversationId: id },
      relations: { author: true },
      order: { sentAt: 'ASC', createdAt: 'ASC' },
    });
    const { summary } = await this.summary(id, actor.id);
    await this.dataSource.query(
      `INSERT INTO conversation_reads (user_id, conversation_id, last_read_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, conversation_id) DO UPDATE SET last_read_at = now()`,
      [actor.id, id],
    );
    await this.audit.record({
      actor,
      action: 'conversation.read',
      conversationId: id,
      contactId: conversation.contactId,
    });
    const identity = conversation.contact.identities?.[0];
    return {
      ...summary,
      unread: false,
      contact: {
        id: conversation.contact.id,
        displayName: conversation.contact.displayName,
        handle: identity?.handle ?? null,
        channel: conversation.channel,
        firstSeenAt: conversation.contact.createdAt.toISOString(),
      },
      suggestedSwitch: conversation.suggestedSwitch,
      replyVisibilities: replyVisibilitiesOf(conversation.channel),
      messages: messages.map((message) => toMessageView(message, conversation.contact.displayName)),
    };
  }

  /**
   * Claims the conversation for `userId` (default: the actor). One statement decides, so two agents
   * claiming at once get one winner and one 409. Supervisors may take over from someone else.
   */
  async assign(actor: Actor, id: string, userId?: string | null): Promise<ConversationSummary> {
    const conversation = await this.findAccessible(actor, id);
    const target = userId ?? actor.id;
    if (target !== actor.id && !(await this.users.findById(target))) {
      throw new ConversationNotFoundException();
    }
    const force = SUPERVISING.has(actor.role);
    const updated = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE conversations SET assignee_id = $2, status = CASE WHEN status = 'new' THEN 'open' ELSE status END,
              updated_at = now()
        WHERE id = $1 AND (assignee_id IS NULL OR assignee_id = $2 OR assignee_id = $3 OR $4)
        RETURNING id`,
      [id, target, actor.id, force],
    );
    if (updated.length === 0) {
      const holder = await this.dataSource.query(
        'SELECT u.name FROM conversations c JOIN users u ON u.id = c.assignee_id WHERE c.id = $1',
        [id],
      );
      throw new ConversationHeldByOtherException(holder[0]?.name ?? 'someone else');
    }
    await this.audit.record({
      actor,
      action: 'conversation.assign',
      conversationId: id,
      contactId: conversation.contactId,
      details: { assigneeId: target },
    });
    return this.publish(id, actor.id);
  }

  async unassign(actor: Actor, id: string): Promise<ConversationSummary> {
    const conversation = await this.findAccessible(actor, id);
    if (conversation.assigneeId && conversation.assigneeId !== actor.id && !SUPERVISING.has(actor.role)) {
      throw new ConversationHeldByOtherException(conversation.assignee?.name ?? 'someone else');
    }
    await this.dataSource.query(
      'UPDATE conversations SET assignee_id = NULL, updated_at = now() WHERE id = $1',
      [id],
    );
    await this.audit.record({
      actor,
      action: 'conversation.unassign',
      conversationId: id,
      contactId: conversation.contactId,
    });
    return this.publish(id, actor.id);
  }

  /** Stores the reply as queued and its send job in one transaction; the worker sends it. */
  async reply(actor: Actor, id: string, text: string, visibility?: Visibility): Promise<MessageView> {
    const conversation = await this.findAccessible(actor, id, { contact: true });
    const chosen = visibility ?? conversation.visibility;
    if (!replyVisibilitiesOf(conversation.channel).includes(chosen)) {
      throw new VisibilityNotAllowedException(conversation.channel, chosen);
    }
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await this.insertOutbound(manager, conversation, actor, text, chosen, 'out');
      await this.sla.recordResponse(manager, id, saved.sentAt, actor.id);
      await manager.query(
        `UPDATE conversations
            SET first_response_at = COALESCE(first_response_at, $2), awaiting_since = NULL, sla_due_at = NULL,
                sla_sort_at = 'infinity', assignee_id = COALESCE(assignee_id, $3),
                status = CASE WHEN status IN ('new', 'resolved') THEN 'open' ELSE status END,
                last_message_at = $2, last_message_preview = $4, updated_at = now()
          WHERE id = $1`,
        [id, saved.sentAt, actor.id, previewOf(text, 0)],
      );
      await this.jobs.sendInTransaction(manager, QUEUES.sendMessage, { messageId: saved.id });
      await this.audit.record(
        {
          actor,
          action: 'message.reply',
          conversationId: id,
          contactId: conversation.contactId,
          details: { messageId: saved.id, visibility: chosen },
        },
        manager,
      );
      return saved;
    });
    // Announce the queued message before waking the sender, so its 'sent' update comes after it.
    const view = await this.publishMessage(conversation, message, actor.id);
    this.jobs.notify(QUEUES.sendMessage);
    return view;
  }

  /** Internal note: never sent to the person. */
  async note(actor: Actor, id: string, text: string): Promise<MessageView> {
    const conversation = await this.findAccessible(actor, id, { contact: true });
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await this.insertOutbound(manager, conversation, actor, text, 'private', 'note');
      await manager.query('UPDATE conversations SET updated_at = now() WHERE id = $1', [id]);
      await this.audit.record(
        {
          actor,
          action: 'message.note',
          conversationId: id,
          contactId: conversation.contactId,
          details: { messageId: saved.id },
        },
        manager,
      );
      return saved;
    });
    return this.publishMessage(conversation, message, actor.id);
  }

  async setStatus(actor: Actor, id: string, status: ConversationStatus): Promise<ConversationSummary> {
    if (!CONVERSATION_STATUSES.includes(status))
      throw new InvalidStatusTransitionException('?', String(status));
    const conversation = await this.findAccessible(actor, id);
    if (conversation.status !== status && !MANUAL_TRANSITIONS[conversation.status].includes(status)) {
      throw new InvalidStatusTransitionException(conversation.status, status);
    }
    const resolved = status === 'resolved';
    await this.dataSource.query(
      `UPDATE conversations
          SET status = $2, resolved_at = CASE WHEN $3 THEN now() ELSE NULL END,
              sla_due_at = CASE WHEN $3 THEN NULL ELSE sla_due_at END,
              sla_sort_at = CASE WHEN $3 THEN 'infinity' ELSE sla_sort_at END,
              sla_near_at = CASE WHEN $3 THEN NULL ELSE sla_near_at END,
              awaiting_since = CASE WHEN $3 THEN NULL ELSE awaiting_since END,
              updated_at = now()
        WHERE id = $1`,
      [id, status, resolved],
    );
    await this.audit.record({
      actor,
      action: 'conversation.status',
      conversationId: id,
      contactId: conversation.contactId,
      details: { from: conversation.status, to: status },
    });
    return this.publish(id, actor.id);
  }

  /** Pushes the current queue row to everyone whose view it touches, and returns it. */
  async publish(id: string, forUserId?: string, created = false): Promise<ConversationSummary> {
    const { summary, teamId } = await this.summary(id, forUserId);
    this.realtime.conversationChanged(summary, created, teamId);
    return summary;
  }

  async findAccessible(
    actor: Actor,
    id: string,
    relations: Record<string, unknown> = {},
  ): Promise<ConversationEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new ConversationNotFoundException();
    const conversation = await this.dataSource.getRepository(ConversationEntity).findOne({
      where: { id },
      relations: { assignee: true, ...relations },
    });
    if (!conversation) throw new ConversationNotFoundException();
    const teams = await this.teamScope(actor);
    if (teams && !(conversation.teamId && teams.includes(conversation.teamId))) {
      throw new ConversationForbiddenException();
    }
    return conversation;
  }

  private async teamScope(actor: Actor): Promise<string[] | null> {
    return actor.role === 'advisor' ? this.users.teamIdsOf(actor.id) : null;
  }

  private async insertOutbound(
    manager: EntityManager,
    conversation: ConversationEntity,
    actor: Actor,
    text: string,
    visibility: Visibility,
    direction: 'out' | 'note',
  ): Promise<MessageEntity> {
    const repository = manager.getRepository(MessageEntity);
    const saved = await repository.save(
      repository.create({
        conversationId: conversation.id,
        direction,
        text,
        attachments: [],
        visibility,
        provider: null,
        providerMessageId: null,
        authorId: actor.id,
        sentAt: new Date(),
        deliveryStatus: direction === 'note' ? 'sent' : 'queued',
        flags: [],
      }),
    );
    return repository.findOneOrFail({ where: { id: saved.id }, relations: { author: true } });
  }

  private async publishMessage(
    conversation: ConversationEntity,
    message: MessageEntity,
    userId: string,
  ): Promise<MessageView> {
    const view = toMessageView(message, conversation.contact.displayName);
    this.realtime.messageCreated(conversation.id, view, conversation.teamId);
    await this.publish(conversation.id, userId);
    return view;
  }
}
