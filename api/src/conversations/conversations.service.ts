import { Injectable } from '@nestjs/common';
import {
  businessSecondsBetween,
  type ConversationDetail,
  type ConversationListQuery,
  type ConversationPage,
  type ConversationStatus,
  type ConversationSummary,
  type DeliveryStatus,
  type MessageView,
  PRIORITY_RANK,
  characterCount,
  messagingWindowOf,
  replyAllowance,
  replyLimitOf,
  type Provider,
  type SystemNote,
  type TemplateSend,
  type Visibility,
  type BulkStatusResult,
  type CloseReason,
  CONVERSATION_STATUSES,
  hasDangerFlag,
  classify,
  guessLanguage,
  type FlagSummary,
} from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { DomainEventBus } from '../events/domain-event-bus';
import { OnDomainEvent } from '../events/domain-events';
import { TopicListService } from '../insight/topic-list.service';
import { JobsService, QUEUES } from '../jobs/jobs.service';
import { SlaService } from '../sla/sla.service';
import { UsersService } from '../users/users.service';
import { WorkloadSettingsService } from '../workload/workload-settings.service';
import { ConversationsWorkloadRepository } from './conversations-workload.repository';
import { ConversationEntity } from './conversation.entity';
import { AppException } from '../common/app.exception';
import {
  AlreadyClosedException,
  ConversationForbiddenException,
  ConversationHeldByOtherException,
  ConversationNotFoundException,
  InvalidStatusTransitionException,
  TooLongForChannelException,
  UnansweredUrgentException,
  VisibilityNotAllowedException,
  WindowClosedException,
} from './conversation.exception';
import {
  previewOf,
  replyVisibilitiesOf,
  toConversationSummary,
  type ConversationRow,
  toMessageView,
} from './conversation.presenter';
import { TurnBatch } from '../common/turn-batch';
import { decodeCursor, decodeSearchCursor, encodeCursor, encodeSearchCursor } from './conversation-query';
import {
  ConversationsRepository,
  type InboundMessage,
  type InboundState,
  type InboundTriage,
  type SendRow,
  type ThreadState,
  threadOf,
} from './conversations.repository';

export type { InboundMessage };
import { mergeTriage } from './merge-triage';
import { systemNoteText } from './system-note';
import type { MessageEntity } from './message.entity';

const NOBODY = '00000000-0000-0000-0000-000000000000';

/** A message as its thread shows it, with where its conversation is. */
export interface ThreadMessage {
  view: MessageView;
  teamId: string | null;
  contactName: string;
}

export interface ReplyOptions {
  /** Send no earlier than this (a bulk answer spreads its replies over the provider's limits). */
  sendAfter?: Date;
  /** Runs in the reply's transaction with the new message's id; a throw rolls the reply back. */
  within?: (manager: EntityManager, messageId: string) => Promise<void>;
}

/** Work on which a public reply needs a second pair of eyes under the `sensitive` policy. */
const SENSITIVE_FLAGS = new Set<FlagSummary['code']>([
  'crisis',
  'safeguarding',
  'medical_public',
  'pii_public',
  'client_confidentiality',
  'press',
]);
const SUPERVISING = new Set(['supervisor', 'admin']);

/** Status changes a person may make directly; `escalated` is set by escalations only. */
const MANUAL_TRANSITIONS: Record<ConversationStatus, ConversationStatus[]> = {
  new: ['open', 'pending', 'resolved'],
  open: ['pending', 'resolved'],
  pending: ['open', 'resolved'],
  escalated: ['open', 'resolved'],
  resolved: ['open'],
};

/** Statuses from the provider arrive out of order: never step back from read to delivered. */
const STATUS_RANK: Record<string, number> = { queued: 0, sent: 1, delivered: 2, read: 3, failed: 4 };

/** Where a recorded change landed: which conversation and message, and whether either is new. */
export interface Recorded {
  conversationId: string | null;
  conversationCreated: boolean;
  messageId: string | null;
  messageCreated: boolean;
}

export const NOTHING_RECORDED: Recorded = {
  conversationId: null,
  conversationCreated: false,
  messageId: null,
  messageCreated: false,
};

/** A message and the attachments it had: the media store finds its files by these. */
export interface MessageRef {
  id: string;
  attachments: { url: string }[];
}

/**
 * Owner of `conversations`, `messages` and `conversation_reads`. The queue's own actions (read, claim,
 * reply, note, status) and the intention-named changes other features ask for.
 */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ConversationsRepository,
    private readonly users: UsersService,
    private readonly jobs: JobsService,
    private readonly events: DomainEventBus,
    private readonly audit: AuditService,
    private readonly sla: SlaService,
    private readonly workload: ConversationsWorkloadRepository,
    private readonly settings: WorkloadSettingsService,
    private readonly topicList: TopicListService,
  ) {}

  /** A message as the thread shows it, its topics named by the topic list in use. */
  messageView(message: MessageEntity, contactName: string): MessageView {
    return toMessageView(message, contactName, (code) => this.topicList.labelsOf(code));
  }

  /** Queue rows asked for in one turn of the event loop, by user and conversation (`summaryKey`). */
  private readonly summaryRows = new TurnBatch<string, ConversationRow>(async (keys) => {
    const byUser = new Map<string, string[]>();
    for (const key of keys) {
      const [userId, conversationId] = key.split(' ');
      byUser.set(userId, [...(byUser.get(userId) ?? []), conversationId]);
    }
    const rows = new Map<string, ConversationRow>();
    for (const [userId, ids] of byUser) {
      for (const row of await this.repository.summaryRows(ids, userId)) rows.set(`${userId} ${row.id}`, row);
    }
    return rows;
  });

  /** Thread messages asked for in one turn of the event loop. */
  private readonly threadMessages = new TurnBatch<string, ThreadMessage>(
    async (ids) =>
      new Map(
        (await this.repository.messagesInThread(ids)).map((message) => [
          message.id,
          this.toThreadMessage(message),
        ]),
      ),
  );

  async list(
    actor: Actor,
    query: ConversationListQuery & { statuses?: ConversationStatus[] },
  ): Promise<ConversationPage> {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
    if (query.q) return this.search(actor, query, query.q, limit);
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const scope = { userId: actor.id, teamIds: await this.teamScope(actor) };
    const rows = await this.repository.page(query, scope, cursor, limit);
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

  /**
   * Search results show names and message previews, so every conversation in them is logged as read by
   * the searcher (the words searched for are not logged: they may hold an identifier).
   */
  private async search(
    actor: Actor,
    query: ConversationListQuery & { statuses?: ConversationStatus[] },
    words: string,
    limit: number,
  ): Promise<ConversationPage> {
    const offset = (query.cursor ? decodeSearchCursor(query.cursor) : 0) ?? 0;
    const scope = { userId: actor.id, teamIds: await this.teamScope(actor) };
    const rows = await this.repository.search(query, scope, words, offset, limit);
    const page = rows.slice(0, limit);
    await this.audit.recordMany(
      page.map((row, index) => ({
        actor,
        action: 'conversation.search',
        conversationId: row.id,
        contactId: row.contact_id,
        details: { position: offset + index + 1 },
      })),
    );
    return {
      items: page.map(toConversationSummary),
      nextCursor: rows.length > limit ? encodeSearchCursor(offset + limit) : null,
    };
  }

  /**
   * The conversation's queue row as `userId` sees it, and its team. The summaries asked for in one turn
   * of the event loop (a batch's announcements) load in one query per user.
   */
  async summary(
    conversationId: string,
    userId: string = NOBODY,
  ): Promise<{ summary: ConversationSummary; teamId: string | null }> {
    const row = await this.summaryRows.get(`${userId} ${conversationId}`);
    if (!row) throw new ConversationNotFoundException();
    return { summary: toConversationSummary(row), teamId: row.team_id };
  }

  async detail(actor: Actor, id: string): Promise<ConversationDetail> {
    const conversation = await this.findAccessible(actor, id, { contact: { identities: true } });
    const messages = await this.repository.messagesOf(id);
    const { summary } = await this.summary(id, actor.id);
    await this.repository.markRead(actor.id, id);
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
      messagingWindow: messagingWindowOf(conversation.channel, conversation.lastInboundAt),
      messages: messages.map((message) => this.messageView(message, conversation.contact.displayName)),
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
    if (!(await this.repository.claim(id, target, actor.id, SUPERVISING.has(actor.role)))) {
      throw new ConversationHeldByOtherException((await this.repository.holderName(id)) ?? 'someone else');
    }
    await this.audit.record({
      actor,
      action: 'conversation.assign',
      conversationId: id,
      contactId: conversation.contactId,
      details: { assigneeId: target },
    });
    return this.changed(id, actor.id);
  }

  async unassign(actor: Actor, id: string): Promise<ConversationSummary> {
    const conversation = await this.findAccessible(actor, id);
    if (conversation.assigneeId && conversation.assigneeId !== actor.id && !SUPERVISING.has(actor.role)) {
      throw new ConversationHeldByOtherException(conversation.assignee?.name ?? 'someone else');
    }
    await this.repository.unassign(id);
    await this.audit.record({
      actor,
      action: 'conversation.unassign',
      conversationId: id,
      contactId: conversation.contactId,
    });
    return this.changed(id, actor.id);
  }

  /**
   * Stores the reply as queued and its send job in one transaction; the worker sends it. `options`
   * (bulk answers): send no earlier than `sendAfter`, and run `within` in the same transaction, so what
   * the caller records about the reply commits with it or not at all.
   */
  async reply(
    actor: Actor,
    id: string,
    text: string,
    visibility?: Visibility,
    options: ReplyOptions = {},
  ): Promise<MessageView> {
    const conversation = await this.findAccessible(actor, id, { contact: true });
    const chosen = visibility ?? conversation.visibility;
    if (!replyVisibilitiesOf(conversation.channel).includes(chosen)) {
      throw new VisibilityNotAllowedException(conversation.channel, chosen);
    }
    this.checkReplyAllowed(conversation, chosen, text);
    if (chosen === 'public' && (await this.needsApproval(conversation, text))) {
      return this.holdForApproval(actor, conversation, text, options);
    }
    return this.queueReply(actor, conversation, text, chosen, undefined, options);
  }

  /** The four-eyes policy: every public reply, or those on sensitive work or with sensitive content. */
  private async needsApproval(conversation: ConversationEntity, text: string): Promise<boolean> {
    const { publicReplies } = await this.settings.approval();
    if (publicReplies === 'never') return false;
    if (publicReplies === 'always') return true;
    if (conversation.flags.some((flag) => SENSITIVE_FLAGS.has(flag.code))) return true;
    const draft = classify(text, { channel: conversation.channel, visibility: 'public' });
    return draft.flags.some((flag) => SENSITIVE_FLAGS.has(flag.code));
  }

  /**
   * A public reply that needs a second pair of eyes: stored, not sent, no send job and no answer yet
   * (the wait counts in the response times); approvers are told.
   */
  private async holdForApproval(
    actor: Actor,
    conversation: ConversationEntity,
    text: string,
    options: ReplyOptions = {},
  ): Promise<MessageView> {
    const id = conversation.id;
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await this.repository.insertOutbound(manager, {
        conversationId: id,
        authorId: actor.id,
        text,
        visibility: 'public',
        note: false,
      });
      await this.workload.markAwaiting(manager, saved.id);
      await options.within?.(manager, saved.id);
      saved.approvalState = 'awaiting';
      await this.repository.touch(manager, id);
      await this.audit.record(
        {
          actor,
          action: 'message.approval_requested',
          conversationId: id,
          contactId: conversation.contactId,
          details: { messageId: saved.id, visibility: 'public' },
        },
        manager,
      );
      return saved;
    });
    await this.messageAdded(id, message.id, actor.id);
    await this.events.emit('approval.changed', { conversationId: id, messageId: message.id });
    return this.messageView(message, conversation.contact.displayName);
  }

  /**
   * A reply as an approved WhatsApp template (allowed after the 24-hour window): recorded like any reply,
   * with `text` the body as the person reads it, and sent as the template.
   */
  async replyWithTemplate(
    actor: Actor,
    conversation: ConversationEntity & { contact: ConversationEntity['contact'] },
    text: string,
    template: TemplateSend,
  ): Promise<MessageView> {
    return this.queueReply(actor, conversation, text, 'private', template);
  }

  private async queueReply(
    actor: Actor | 'system',
    conversation: ConversationEntity,
    text: string,
    chosen: Visibility,
    template?: TemplateSend,
    options: ReplyOptions = {},
  ): Promise<MessageView> {
    const id = conversation.id;
    const actorId = actor === 'system' ? null : actor.id;
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await this.repository.insertOutbound(manager, {
        conversationId: id,
        authorId: actorId,
        text,
        visibility: chosen,
        note: false,
        ...(template ? { template } : {}),
      });
      await this.sendAnswer(manager, conversation, {
        messageId: saved.id,
        at: saved.sentAt,
        byUserId: actorId,
        text,
        claim: actor !== 'system',
        sendAfter: options.sendAfter,
      });
      await options.within?.(manager, saved.id);
      await this.audit.record(
        {
          actor,
          action: template ? 'message.template' : 'message.reply',
          conversationId: id,
          contactId: conversation.contactId,
          details: template
            ? {
                messageId: saved.id,
                visibility: chosen,
                template: template.name,
                language: template.language,
              }
            : { messageId: saved.id, visibility: chosen },
        },
        manager,
      );
      return saved;
    });
    // Announce the queued message before waking the sender, so its 'sent' update comes after it.
    await this.messageAdded(id, message.id, actorId);
    this.jobs.notify(QUEUES.sendMessage);
    return this.messageView(message, conversation.contact.displayName);
  }

  /**
   * A reply goes out: it is the answer (report facts, clock stopped), its send job is queued, and where
   * the setting says so the conversation now waits for the person (`pending`, the clock paused).
   */
  async sendAnswer(
    manager: EntityManager,
    conversation: Pick<ConversationEntity, 'id' | 'status'>,
    answer: {
      messageId: string;
      at: Date;
      byUserId: string | null;
      text: string;
      claim: boolean;
      /** Send no earlier than this (a bulk answer keeps to the provider's limits). */
      sendAfter?: Date;
    },
  ): Promise<void> {
    const { pendingOnReply } = await this.settings.rules();
    await this.recordAnswered(manager, conversation.id, {
      at: answer.at,
      byUserId: answer.byUserId,
      preview: previewOf(answer.text, 0),
      claim: answer.claim,
    });
    await this.jobs.sendInTransaction(
      manager,
      QUEUES.sendMessage,
      { messageId: answer.messageId },
      answer.sendAfter,
    );
    if (pendingOnReply && ['new', 'open'].includes(conversation.status)) {
      await this.workload.pause(manager, conversation.id);
    }
  }

  /** Wakes this process's senders (after the transaction that queued a reply committed). */
  wakeSender(): void {
    this.jobs.notify(QUEUES.sendMessage);
  }

  /**
   * Refuses at once what the provider would refuse later: a public reply over the channel's limit, free
   * text after WhatsApp's 24-hour window, anything after Messenger/Instagram's 7 days.
   */
  private checkReplyAllowed(conversation: ConversationEntity, visibility: Visibility, text: string): void {
    const limit = replyLimitOf(conversation.channel, visibility);
    if (characterCount(text) > limit) throw new TooLongForChannelException(limit);
    if (visibility !== 'private') return;
    const window = messagingWindowOf(conversation.channel, conversation.lastInboundAt);
    const allowance = replyAllowance(window);
    if (allowance === 'template_only') throw new WindowClosedException('template');
    if (allowance === 'closed') throw new WindowClosedException('none');
  }

  /** Internal note: never sent to the person. A system note is stored as its code too. */
  async note(actor: Actor, id: string, content: string | SystemNote): Promise<MessageView> {
    const conversation = await this.findAccessible(actor, id, { contact: true });
    const message = await this.dataSource.transaction(async (manager) => {
      const saved = await this.repository.insertOutbound(manager, {
        conversationId: id,
        authorId: actor.id,
        text: typeof content === 'string' ? content : systemNoteText(content),
        visibility: 'private',
        note: true,
        systemNote: typeof content === 'string' ? undefined : content,
      });
      await this.repository.touch(manager, id);
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
    await this.messageAdded(id, message.id, actor.id);
    return this.messageView(message, conversation.contact.displayName);
  }

  async setStatus(
    actor: Actor,
    id: string,
    status: ConversationStatus,
    close: { reason?: CloseReason; note?: string } = {},
  ): Promise<ConversationSummary> {
    if (!CONVERSATION_STATUSES.includes(status))
      throw new InvalidStatusTransitionException('?', String(status));
    const conversation = await this.findAccessible(actor, id);
    if (status === 'resolved') {
      await this.resolve(actor, conversation, close);
      return this.changed(id, actor.id);
    }
    if (conversation.status !== status && !MANUAL_TRANSITIONS[conversation.status].includes(status)) {
      throw new InvalidStatusTransitionException(conversation.status, status);
    }
    await this.dataSource.transaction(async (manager) => {
      if (status === 'pending') await this.workload.pause(manager, id);
      else {
        await this.resumeClock(manager, id);
        await this.repository.setStatus(id, status, manager);
      }
      await this.audit.record(
        {
          actor,
          action: 'conversation.status',
          conversationId: id,
          contactId: conversation.contactId,
          details: { from: conversation.status, to: status },
        },
        manager,
      );
    });
    return this.changed(id, actor.id);
  }

  /**
   * Several conversations to one status, each decided on its own: what could not be done says why
   * (unanswered crisis work without a reason, closed by someone else, not allowed).
   */
  async setStatusOfMany(
    actor: Actor,
    ids: string[],
    status: ConversationStatus,
    close: { reason?: CloseReason; note?: string } = {},
  ): Promise<BulkStatusResult> {
    const result: BulkStatusResult = { done: [], refused: [] };
    for (const id of [...new Set(ids)]) {
      try {
        await this.setStatus(actor, id, status, close);
        result.done.push(id);
      } catch (error) {
        if (!(error instanceof AppException)) throw error;
        result.refused.push({ id, code: error.code, message: error.message });
      }
    }
    return result;
  }

  /**
   * Closing decides under the row lock: of two closes at once one wins and the other learns who was
   * first; unanswered crisis or safeguarding work needs a reason, which goes into the access log.
   */
  private async resolve(
    actor: Actor,
    conversation: ConversationEntity,
    close: { reason?: CloseReason; note?: string },
  ): Promise<void> {
    const id = conversation.id;
    await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.lockForClose(manager, id);
      if (!row) throw new ConversationNotFoundException();
      if (row.status === 'resolved') throw new AlreadyClosedException(row.resolvedByName);
      if (!MANUAL_TRANSITIONS[row.status].includes('resolved')) {
        throw new InvalidStatusTransitionException(row.status, 'resolved');
      }
      const unanswered = !row.firstResponseAt && hasDangerFlag(row.flags);
      if (unanswered && !close.reason) throw new UnansweredUrgentException();
      await this.resumeClock(manager, id);
      await this.repository.resolve(manager, id, actor.id, unanswered ? { reason: close.reason! } : null);
      await this.audit.record(
        {
          actor,
          action: 'conversation.status',
          conversationId: id,
          contactId: conversation.contactId,
          details: {
            from: row.status,
            to: 'resolved',
            ...(unanswered ? { withoutResponse: true } : {}),
            ...(close.reason ? { reason: close.reason } : {}),
            ...(close.note ? { note: close.note } : {}),
          },
        },
        manager,
      );
    });
  }

  async findAccessible(
    actor: Actor,
    id: string,
    relations: Record<string, unknown> = {},
  ): Promise<ConversationEntity> {
    if (!UUID.test(id)) throw new ConversationNotFoundException();
    const conversation = await this.repository.findOne(id, relations);
    if (!conversation) throw new ConversationNotFoundException();
    const teams = await this.teamScope(actor);
    if (teams && !(conversation.teamId && teams.includes(conversation.teamId))) {
      throw new ConversationForbiddenException();
    }
    return conversation;
  }

  teamIdOf(conversationId: string): Promise<string | null> {
    return this.repository.teamIdOf(conversationId);
  }

  /**
   * How a message shows in its thread, and the team its conversation is escalated to; null when gone.
   * The messages asked for in one turn of the event loop (a batch's announcements) load in one query.
   */
  threadMessage(messageId: string): Promise<ThreadMessage | null> {
    return this.threadMessages.get(messageId);
  }

  private toThreadMessage(message: MessageEntity): ThreadMessage {
    return {
      view: this.messageView(message, message.conversation.contact.displayName),
      teamId: message.conversation.teamId,
      contactName: message.conversation.contact.displayName,
    };
  }

  count(): Promise<number> {
    return this.repository.count();
  }

  // ── Changes other features ask for, inside their transaction ─────────────────────────────────────

  /**
   * Records an answer to the person, from the console or from the provider's own inbox: the first one
   * fixes the report facts (wall-clock and business seconds since the first inbound message, late or
   * not, by whom); every answer stops the running clock and becomes the queue row's preview.
   */
  async recordAnswered(
    manager: EntityManager,
    id: string,
    answer: { at: Date; byUserId: string | null; preview: string | null; claim: boolean },
  ): Promise<void> {
    const facts = await this.repository.lockResponseFacts(manager, id);
    if (facts && !facts.firstResponseAt && facts.firstInboundAt) {
      const calendar = await this.sla.calendarFor(facts.teamId);
      const at = answer.at < facts.firstInboundAt ? facts.firstInboundAt : answer.at;
      await this.repository.setFirstResponse(manager, id, {
        at,
        seconds: Math.round((at.getTime() - facts.firstInboundAt.getTime()) / 1000),
        // Business time without the spans spent waiting for the person (pending).
        businessSeconds: Math.max(
          0,
          Math.round(businessSecondsBetween(facts.firstInboundAt, at, calendar)) -
            (facts.pausedBusinessSeconds ?? 0),
        ),
        breached: facts.firstResponseDueAt ? at > facts.firstResponseDueAt : null,
        by: answer.byUserId,
      });
    }
    await this.repository.stopClock(manager, id, answer);
  }

  /** Someone reached the person by phone: that is the first contact, and the clock stops (no preview). */
  async recordReached(manager: EntityManager, id: string, at: Date, byUserId: string): Promise<void> {
    await this.recordAnswered(manager, id, { at, byUserId, preview: null, claim: false });
  }

  /**
   * An internal note in the thread (escalations, call-backs), never sent to the person: what someone
   * wrote, or a system note stored as its code and parameters with the Dutch wording as text.
   */
  async appendNote(
    manager: EntityManager,
    conversationId: string,
    author: { id: string | null; name: string },
    content: string | SystemNote,
  ): Promise<MessageView> {
    const systemNote = typeof content === 'string' ? null : content;
    const text = systemNote ? systemNoteText(systemNote) : (content as string);
    const row = await this.repository.insertNote(manager, conversationId, author.id, text, systemNote);
    await this.repository.touch(manager, conversationId);
    return {
      id: row.id,
      direction: 'note',
      text,
      attachments: [],
      createdAt: row.createdAt.toISOString(),
      author: { id: author.id, name: author.name },
      deliveryStatus: 'sent',
      visibility: 'private',
      flags: [],
      topics: [],
      ...(systemNote ? { systemNote } : {}),
    };
  }

  /** The conversation goes to an advisor team and shows as escalated until the escalation ends. */
  async assignTeam(manager: EntityManager, id: string, teamId: string): Promise<void> {
    await this.repository.escalate(manager, id, teamId);
  }

  /** Locks the conversation for an escalation decision and returns its current priority. */
  lockPriority(manager: EntityManager, id: string) {
    return this.repository.lockPriority(manager, id);
  }

  async handOver(manager: EntityManager, id: string, advisorId: string): Promise<void> {
    await this.repository.handOver(manager, id, advisorId);
  }

  async endEscalation(manager: EntityManager, id: string, assigneeId?: string | null): Promise<void> {
    await this.repository.endEscalation(manager, id, assigneeId);
  }

  async resolveHandover(manager: EntityManager, id: string): Promise<void> {
    await this.repository.resolveHandover(manager, id);
  }

  async clearSuggestion(id: string): Promise<void> {
    await this.repository.clearSuggestion(id);
  }

  // ── Ingest ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * Messages from people: each into its thread (opened on first contact), once per provider id, in a
   * few statements for the whole batch. A conversation takes the union of the open period's triage, and
   * its deadlines run from the oldest unanswered message; a resolved conversation reopens with a new open
   * period. The result is what applying the messages one after another in the given order gives, with
   * the deadlines computed once, from the batch's merged triage. One entry per message, in that order.
   */
  async recordInbound(manager: EntityManager, messages: InboundMessage[]): Promise<Recorded[]> {
    if (messages.length === 0) return [];
    const threads = await this.repository.openThreads(manager, messages);
    const threadOfMessage = messages.map((message) => threads.get(threadOf(message))!);
    const seen = new Set<string>();
    const stored = await this.repository.insertInbound(
      manager,
      messages.flatMap((message, i) => {
        // The same delivery twice in one batch is stored once, like twice in a row.
        const key = `${message.provider}\u0000${message.providerMessageId}`;
        if (seen.has(key)) return [];
        seen.add(key);
        return [{ ...message, conversationId: threadOfMessage[i].thread.id }];
      }),
    );
    const claimed = new Set<string>();
    const recorded: Recorded[] = [];
    const arrivals = new Map<
      string,
      { thread: ThreadState; messages: (InboundMessage & { id: string })[] }
    >();
    messages.forEach((message, i) => {
      const { thread, created } = threadOfMessage[i];
      const key = `${message.provider}\u0000${message.providerMessageId}`;
      const messageId = stored.get(key);
      if (!messageId || claimed.has(key)) {
        recorded.push({ ...NOTHING_RECORDED, conversationId: thread.id });
        return;
      }
      claimed.add(key);
      const arrival = arrivals.get(thread.id) ?? { thread, messages: [] };
      // The conversation is new to the first message that landed in it, not to the ones after.
      const first = arrival.messages.length === 0;
      arrival.messages.push({ ...message, id: messageId });
      arrivals.set(thread.id, arrival);
      recorded.push({
        conversationId: thread.id,
        conversationCreated: created && first,
        messageId,
        messageCreated: true,
      });
    });
    if (arrivals.size === 0) return recorded;

    const now = new Date();
    const cycleStartOf = (thread: ThreadState) =>
      thread.status === 'resolved' ? now : thread.cycleStartedAt;
    const triage = await this.repository.openPeriodTriage(
      manager,
      [...arrivals.values()].map(({ thread }) => ({
        conversationId: thread.id,
        since: cycleStartOf(thread),
      })),
      [...arrivals.values()].flatMap((arrival) => arrival.messages.map((message) => message.id)),
    );
    const states: InboundState[] = [];
    for (const { thread, messages: arrived } of arrivals.values()) {
      states.push(
        await this.inboundState(manager, thread, arrived, cycleStartOf(thread), triage.get(thread.id) ?? []),
      );
    }
    await this.repository.applyInbound(manager, states);
    return recorded;
  }

  /** A conversation after its messages of a batch (in the order they are applied). */
  private async inboundState(
    manager: EntityManager,
    thread: ThreadState,
    arrived: InboundMessage[],
    cycleStart: Date,
    openPeriod: InboundTriage[],
  ): Promise<InboundState> {
    const reopening = thread.status === 'resolved';
    // The person answered while we waited for them: the clock runs again, the paused span added.
    const pausedSpan = thread.pausedAt ? await this.resumeClock(manager, thread.id) : 0;
    const merged = mergeTriage(openPeriod);
    const first = arrived[0];
    // The clock runs from the oldest unanswered message (a new period starts on reopening).
    let awaitingSince = thread.awaitingSince && !reopening ? thread.awaitingSince : first.sentAt;
    let latest = first;
    let dangerAt: Date | null = null;
    for (const message of arrived) {
      if (message.sentAt <= awaitingSince) awaitingSince = message.sentAt;
      if (message.sentAt >= latest.sentAt) latest = message;
      if (hasDangerFlag(message.triage.flags) && (!dangerAt || message.sentAt > dangerAt)) {
        dangerAt = message.sentAt;
      }
    }
    const clock = {
      priority: merged.priority,
      channel: first.channel,
      teamId: thread.teamId,
      start: awaitingSince,
    };
    const computed = thread.firstResponseAt
      ? await this.sla.nextResponseDeadline(clock)
      : await this.sla.firstResponseDeadline(clock);
    // A deadline that ran before the pause gets the paused time added.
    const shift =
      pausedSpan > 0 && thread.pausedAt && awaitingSince < thread.pausedAt ? pausedSpan * 1000 : 0;
    const deadline = shift
      ? {
          ...computed,
          dueAt: computed.dueAt ? new Date(computed.dueAt.getTime() + shift) : computed.dueAt,
          nearAt: computed.nearAt ? new Date(computed.nearAt.getTime() + shift) : computed.nearAt,
        }
      : computed;
    const resolutionDueAt =
      thread.resolutionDueAt && !reopening
        ? thread.resolutionDueAt
        : (await this.sla.resolutionDeadline(clock)).dueAt;
    return {
      id: thread.id,
      cycleStart,
      priority: merged.priority,
      priorityRank: PRIORITY_RANK[merged.priority],
      flags: merged.flags,
      suggestedSwitch: merged.suggestedSwitch,
      awaitingSince,
      deadline,
      resolutionDueAt,
      firstSentAt: first.sentAt,
      lastSentAt: latest.sentAt,
      preview: previewOf(latest.text, latest.attachments.length),
      replyToExternalId: arrived[arrived.length - 1].providerMessageId,
      dangerAt,
      language: thread.language ?? guessLanguage(first.text),
    };
  }

  /** Our own message came back from the provider: it was sent. Null when we do not know it (yet). */
  async confirmEcho(
    manager: EntityManager,
    provider: Provider,
    providerMessageId: string,
  ): Promise<Recorded | null> {
    const known = await this.repository.confirmSent(manager, provider, providerMessageId);
    return known ? { ...NOTHING_RECORDED, conversationId: known.conversationId, messageId: known.id } : null;
  }

  /** A message sent from the provider's own inbox in a DM thread we know: that is an answer too. */
  async recordEcho(
    manager: EntityManager,
    echo: {
      accountId: string;
      threadKey: string;
      text: string;
      provider: Provider;
      providerMessageId: string;
      sentAt: Date;
    },
  ): Promise<Recorded> {
    const conversationId = await this.repository.findThread(manager, echo.accountId, echo.threadKey);
    if (!conversationId) return NOTHING_RECORDED;
    const messageId = await this.repository.insertEcho(manager, { conversationId, ...echo });
    if (!messageId) return NOTHING_RECORDED;
    await this.recordAnswered(manager, conversationId, {
      at: echo.sentAt,
      byUserId: null,
      preview: previewOf(echo.text, 0),
      claim: false,
    });
    return { conversationId, conversationCreated: false, messageId, messageCreated: true };
  }

  /** A delivery status from the provider; null when the message is not stored (yet). */
  async recordDeliveryStatus(
    manager: EntityManager,
    status: { provider: Provider; providerMessageId: string; status: DeliveryStatus; error?: string | null },
  ): Promise<Recorded | null> {
    const message = await this.repository.lockDelivery(manager, status.provider, status.providerMessageId);
    if (!message) return null;
    if (
      message.deliveryStatus !== 'failed' &&
      STATUS_RANK[status.status] > STATUS_RANK[message.deliveryStatus]
    ) {
      await this.repository.setDelivery(
        manager,
        message.id,
        status.status,
        status.status === 'failed' ? (status.error ?? 'The provider could not deliver this message') : null,
      );
    }
    return { ...NOTHING_RECORDED, conversationId: message.conversationId, messageId: message.id };
  }

  /** The person read everything we sent in the DM thread up to `watermark`. */
  async recordReadUpTo(
    manager: EntityManager,
    accountId: string,
    threadKey: string,
    watermark: Date,
  ): Promise<Recorded> {
    const conversationId = await this.repository.markReadUpTo(manager, accountId, threadKey, watermark);
    return { ...NOTHING_RECORDED, conversationId };
  }

  /** A public comment was removed at the provider. */
  async recordRemoved(
    manager: EntityManager,
    provider: Provider,
    providerMessageId: string,
    at: Date,
  ): Promise<Recorded> {
    const removed = await this.repository.markRemoved(manager, provider, providerMessageId, at);
    return {
      ...NOTHING_RECORDED,
      conversationId: removed?.conversationId ?? null,
      messageId: removed?.id ?? null,
    };
  }

  // ── Sending and moderation ──────────────────────────────────────────────────────────────────────

  outboundToSend(messageId: string): Promise<SendRow | undefined> {
    return this.repository.outbound(messageId);
  }

  async recordSent(messageId: string, provider: Provider, providerMessageId: string): Promise<void> {
    await this.repository.markSent(messageId, provider, providerMessageId);
  }

  /** A send that could not reach the provider yet: still queued, with the reason shown on the message. */
  async recordSendDelayed(messageId: string, reason: string): Promise<void> {
    await this.repository.noteSendDelay(messageId, reason);
  }

  async recordSendFailed(messageId: string, reason: string): Promise<void> {
    await this.repository.setDelivery(this.dataSource, messageId, 'failed', reason);
  }

  /** Where a conversation's answers go (channel, our account, thread); null when there is no such conversation. */
  routeOf(conversationId: string) {
    return this.repository.routeOf(conversationId);
  }

  /** The newest conversation of a person's thread with one of our accounts, if any. */
  latestOfThread(channelAccountId: string, threadKey: string): Promise<string | null> {
    return this.repository.latestOfThread(channelAccountId, threadKey);
  }

  /** A person's thread with one of our accounts as they saw it: their messages and our answers. */
  threadTranscript(channelAccountId: string, threadKey: string, limit = 200) {
    return this.repository.threadTranscript(channelAccountId, threadKey, limit);
  }

  /** The message in this conversation, or (without an id) its latest inbound one. */
  inboundMessage(conversationId: string, messageId?: string): Promise<MessageEntity | null> {
    return this.repository.inboundMessage(conversationId, messageId);
  }

  messageFlags(conversationId: string, messageId: string) {
    return this.repository.messageFlags(conversationId, messageId);
  }

  async recordHidden(messageId: string, at: Date): Promise<void> {
    await this.repository.markHidden(messageId, at);
  }

  // ── Deadlines ───────────────────────────────────────────────────────────────────────────────────

  /** Conversations whose deadline turned near or passed in (since, now]. */
  deadlineCrossings(since: Date, now: Date): Promise<string[]> {
    return this.repository.deadlineCrossings(since, now);
  }

  /** Crisis or safeguarding work without first contact for `seconds`, each taken once (see repository). */
  async takeFirstContactOverdue(seconds: number): Promise<string[]> {
    return (await this.repository.takeFirstContactOverdue(seconds)).map((row) => row.id);
  }

  /** After a policy change: the deadline of every conversation still waiting for an answer, anew. */
  @OnDomainEvent('sla.settings.changed')
  async recomputeDeadlines(): Promise<number> {
    let done = 0;
    let after = NOBODY;
    for (;;) {
      const rows = await this.repository.awaitingAfter(after);
      if (rows.length === 0) return done;
      for (const row of rows) {
        const input = {
          priority: row.priority,
          channel: row.channel,
          teamId: row.teamId,
          start: row.awaitingSince,
        };
        const deadline = row.firstResponseAt
          ? await this.sla.nextResponseDeadline(input)
          : await this.sla.firstResponseDeadline(input);
        await this.repository.setDeadline(row.id, deadline);
        done++;
      }
      after = rows[rows.length - 1].id;
    }
  }

  /**
   * Ends a pause (waiting for the person), if one runs: the span goes into the paused totals and onto
   * every running deadline. Returns the paused wall-clock seconds (0: no pause).
   */
  async resumeClock(manager: EntityManager, id: string): Promise<number> {
    const row = await this.workload.lockPaused(manager, id);
    if (!row?.pausedAt) return 0;
    const now = new Date();
    const seconds = Math.max(0, Math.round((now.getTime() - row.pausedAt.getTime()) / 1000));
    const calendar = await this.sla.calendarFor(row.teamId);
    const business = Math.max(0, Math.round(businessSecondsBetween(row.pausedAt, now, calendar)));
    await this.workload.resume(manager, id, { seconds, businessSeconds: business });
    return seconds;
  }

  /** A reply the inbox sends itself (the waiting-for-you reminder), when the channel allows it now. */
  async systemReply(id: string, text: string): Promise<MessageView | null> {
    const conversation = await this.repository.findOne(id, { contact: true });
    if (!conversation) return null;
    const visibility: Visibility = replyVisibilitiesOf(conversation.channel).includes('private')
      ? 'private'
      : 'public';
    try {
      this.checkReplyAllowed(conversation, visibility, text);
    } catch (error) {
      if (error instanceof AppException) return null;
      throw error;
    }
    return this.queueReply('system', conversation, text, visibility);
  }

  /**
   * Closes a conversation that waited for the person too long (a rule): only while still pending, and
   * never unanswered crisis or safeguarding work (that needs a person and a reason). True when closed.
   */
  async resolveBySystem(manager: EntityManager, id: string): Promise<boolean> {
    const row = await this.repository.lockForClose(manager, id);
    if (!row || row.status !== 'pending') return false;
    if (!row.firstResponseAt && hasDangerFlag(row.flags)) return false;
    await this.resumeClock(manager, id);
    await this.repository.resolve(manager, id, null, null);
    return true;
  }

  /** Tells everyone a conversation changed (after commit). */
  async announce(id: string, byUserId: string | null): Promise<void> {
    await this.events.emit('conversation.changed', { conversationId: id, byUserId });
  }

  async announceMessage(conversationId: string, messageId: string, changed: boolean): Promise<void> {
    await this.events.emit(changed ? 'message.changed' : 'message.recorded', { conversationId, messageId });
  }

  private async teamScope(actor: Actor): Promise<string[] | null> {
    return actor.role === 'advisor' ? this.users.teamIdsOf(actor.id) : null;
  }

  /** Tells everyone the queue row changed (after commit) and returns it as the actor sees it. */
  private async changed(id: string, actorId: string): Promise<ConversationSummary> {
    await this.events.emit('conversation.changed', { conversationId: id, byUserId: actorId });
    return (await this.summary(id, actorId)).summary;
  }

  private async messageAdded(
    conversationId: string,
    messageId: string,
    actorId: string | null,
  ): Promise<void> {
    await this.events.emit('message.recorded', { conversationId, messageId });
    await this.events.emit('conversation.changed', { conversationId, byUserId: actorId });
  }

  /** Everything held in the conversations of one person, oldest first (subject export). */
  async heldForContact(contactId: string): Promise<
    {
      id: string;
      channel: string;
      status: string;
      createdAt: Date;
      resolvedAt: Date | null;
      messages: {
        id: string;
        direction: string;
        text: string;
        createdAt: Date;
        author: string | null;
        attachments: { type: string; url: string }[];
      }[];
    }[]
  > {
    const conversations = await this.dataSource.query<
      { id: string; channel: string; status: string; createdAt: Date; resolvedAt: Date | null }[]
    >(
      `SELECT id, channel, status, created_at AS "createdAt", resolved_at AS "resolvedAt"
         FROM conversations WHERE contact_id = $1 ORDER BY created_at`,
      [contactId],
    );
    const messages = await this.dataSource.query<
      {
        id: string;
        conversationId: string;
        direction: string;
        text: string;
        createdAt: Date;
        author: string | null;
        attachments: { type: string; url: string }[];
      }[]
    >(
      `SELECT m.id, m.conversation_id AS "conversationId", m.direction, m.text, m.created_at AS "createdAt",
              u.name AS author, m.attachments
         FROM messages m LEFT JOIN users u ON u.id = m.author_id
        WHERE m.conversation_id = ANY($1) ORDER BY m.created_at, m.id`,
      [conversations.map((c) => c.id)],
    );
    return conversations.map((c) => ({
      ...c,
      messages: messages
        .filter((m) => m.conversationId === c.id)
        .map(({ conversationId: _c, attachments, ...m }) => ({
          ...m,
          attachments: attachments.map((a) => ({ type: a.type, url: a.url })),
        })),
    }));
  }

  /** Conversations resolved before `cutoff` (notes retention). */
  async resolvedBefore(manager: EntityManager, cutoff: Date): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM conversations WHERE status = 'resolved' AND resolved_at < $1`,
      [cutoff],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Erasure of one person: every message of their conversations loses its text, attachments, template
   * variables and provider ids; the conversations stay (counted in reports) under a thread key that no
   * longer names them. Returns what the media store and the raw deliveries must drop.
   */
  async erasePerson(
    manager: EntityManager,
    contactId: string,
  ): Promise<{ conversationIds: string[]; messages: MessageRef[]; providerMessageIds: string[] }> {
    const conversations = await manager.query<{ id: string; reply_to_external_id: string | null }[]>(
      'SELECT id, reply_to_external_id FROM conversations WHERE contact_id = $1 FOR UPDATE',
      [contactId],
    );
    const conversationIds = conversations.map((c) => c.id);
    if (conversationIds.length === 0) return { conversationIds, messages: [], providerMessageIds: [] };
    const messages = await manager.query<
      { id: string; attachments: { url: string }[]; provider_message_id: string | null }[]
    >(
      `SELECT id, attachments, provider_message_id
         FROM messages WHERE conversation_id = ANY($1)`,
      [conversationIds],
    );
    await manager.query(
      `UPDATE messages SET text = '', attachments = '[]', delivery_error = NULL, note_params = NULL,
              template = NULL, provider_message_id = NULL
        WHERE conversation_id = ANY($1)`,
      [conversationIds],
    );
    await manager.query(`UPDATE conversations SET last_message_preview = '' WHERE id = ANY($1)`, [
      conversationIds,
    ]);
    await this.forgetIdentifiers(manager, [contactId]);
    return {
      conversationIds,
      messages: messages.map((m) => ({ id: m.id, attachments: m.attachments })),
      providerMessageIds: [
        ...messages.flatMap((m) => (m.provider_message_id ? [m.provider_message_id] : [])),
        ...conversations.flatMap((c) => (c.reply_to_external_id ? [c.reply_to_external_id] : [])),
      ],
    };
  }

  /**
   * Retention: in conversations resolved before `cutoff`, drop one part of what the messages hold —
   * the text of messages in and out, their attachments, or internal notes. Returns the messages changed.
   */
  async purgeResolved(
    manager: EntityManager,
    part: 'text' | 'media' | 'notes',
    cutoff: Date,
  ): Promise<MessageRef[]> {
    const set = {
      text: `text = '', template = NULL, delivery_error = NULL`,
      media: `attachments = '[]'`,
      notes: `text = '', note_params = NULL`,
    }[part];
    const which = {
      text: `b.direction IN ('in', 'out') AND (b.text <> '' OR b.template IS NOT NULL)`,
      media: `b.attachments <> '[]'`,
      notes: `b.direction = 'note' AND (b.text <> '' OR b.note_params IS NOT NULL)`,
    }[part];
    const [rows] = await manager.query<[MessageRef[], number]>(
      `UPDATE messages m SET ${set}
         FROM messages b JOIN conversations c ON c.id = b.conversation_id
        WHERE m.id = b.id AND c.status = 'resolved' AND c.resolved_at < $1 AND ${which}
        RETURNING m.id, b.attachments AS attachments`,
      [cutoff],
    );
    if (part === 'text') {
      await manager.query(
        `UPDATE conversations SET last_message_preview = ''
          WHERE status = 'resolved' AND resolved_at < $1 AND last_message_preview <> ''`,
        [cutoff],
      );
    }
    return rows.map((r) => ({ id: r.id, attachments: r.attachments }));
  }

  /**
   * The provider ids in these people's conversations (the thread key names the sender, a provider message id
   * can encode their number) give way to our own ids: a later message from them opens a new conversation.
   * Returns the ids that were held, so raw input holding them can be cleared too.
   */
  async forgetIdentifiers(manager: EntityManager, contactIds: string[]): Promise<string[]> {
    if (contactIds.length === 0) return [];
    const [messages] = await manager.query<[{ provider_message_id: string }[], number]>(
      `UPDATE messages m SET provider_message_id = NULL FROM messages b
        WHERE b.id = m.id AND b.provider_message_id IS NOT NULL
          AND b.conversation_id IN (SELECT id FROM conversations WHERE contact_id = ANY($1))
        RETURNING b.provider_message_id`,
      [contactIds],
    );
    const [conversations] = await manager.query<[{ reply_to_external_id: string | null }[], number]>(
      `UPDATE conversations c SET thread_key = 'erased:' || c.id::text, reply_to_external_id = NULL
         FROM conversations b
        WHERE b.id = c.id AND b.contact_id = ANY($1) AND b.thread_key NOT LIKE 'erased:%'
        RETURNING b.reply_to_external_id`,
      [contactIds],
    );
    return [
      ...messages.map((m) => m.provider_message_id),
      ...conversations.flatMap((c) => (c.reply_to_external_id ? [c.reply_to_external_id] : [])),
    ];
  }

  /** People whose conversations are all resolved, the last one before `cutoff` (contact details retention). */
  async contactsResolvedBefore(manager: EntityManager, cutoff: Date): Promise<string[]> {
    const rows = await manager.query<{ contact_id: string }[]>(
      `SELECT contact_id FROM conversations GROUP BY contact_id
       HAVING bool_and(status = 'resolved' AND resolved_at < $1)`,
      [cutoff],
    );
    return rows.map((r) => r.contact_id);
  }
}
