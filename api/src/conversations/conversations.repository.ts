import { Injectable } from '@nestjs/common';
import {
  type Channel,
  type ConversationStatus,
  type DeliveryStatus,
  type Priority,
  type Provider,
  type SystemNote,
  type TemplateSend,
  type TriageResult,
  type Visibility,
} from '@webcare/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { queryRows } from '../database/sql';
import type { Deadline } from '../sla/sla.service';
import { ConversationEntity } from './conversation.entity';
import type { ConversationRow } from './conversation.presenter';
import {
  buildListQuery,
  buildSearchQuery,
  type Cursor,
  type ListScope,
  SUMMARY_SELECT,
} from './conversation-query';
import type { ConversationListQuery } from '@webcare/shared';
import { MessageEntity } from './message.entity';

type Db = DataSource | EntityManager;

/*
 * Results are typed as picks of the entities; columns are selected under the entity's property names
 * (`first_inbound_at AS "firstInboundAt"`), so a renamed column or property fails to compile here.
 */

/** What the first answer fixes for the reports, and what it is measured against. */
export type ResponseFacts = Pick<
  ConversationEntity,
  'firstInboundAt' | 'firstResponseAt' | 'firstResponseDueAt' | 'teamId' | 'pausedBusinessSeconds'
>;

/** The thread an inbound message lands in, locked for the rest of the transaction. */
export type ThreadState = Pick<
  ConversationEntity,
  | 'id'
  | 'status'
  | 'awaitingSince'
  | 'cycleStartedAt'
  | 'firstResponseAt'
  | 'resolutionDueAt'
  | 'teamId'
  | 'pausedAt'
  | 'language'
>;

/** An outbound message with what its channel adapter needs from the conversation. */
export type SendRow = Pick<
  MessageEntity,
  'id' | 'text' | 'visibility' | 'providerMessageId' | 'deliveryStatus' | 'conversationId' | 'template'
> &
  Pick<
    ConversationEntity,
    'channel' | 'threadKey' | 'replyToExternalId' | 'channelAccountId' | 'lastInboundAt'
  >;

/** The triage of one inbound message, as the conversation merges it. */
export type InboundTriage = Pick<MessageEntity, 'flags' | 'priority' | 'suggestedSwitch' | 'sentAt'>;

/** A conversation still waiting for an answer, with what its deadline depends on. */
export type AwaitingConversation = Pick<
  ConversationEntity,
  'id' | 'priority' | 'channel' | 'teamId' | 'firstResponseAt'
> & { awaitingSince: Date };

type MessageRef = Pick<MessageEntity, 'id' | 'conversationId'>;

/** One thread of an account and channel: how `openThreads` keys its answer. */
export function threadOf(message: Pick<InboundMessage, 'accountId' | 'channel' | 'threadKey'>): string {
  return `${message.accountId}\u0000${message.channel}\u0000${message.threadKey}`;
}

/** A conversation after the inbound messages of a batch, as `applyInbound` stores it. */
export interface InboundState {
  id: string;
  cycleStart: Date;
  priority: Priority;
  priorityRank: number;
  flags: unknown;
  suggestedSwitch: unknown;
  awaitingSince: Date;
  deadline: Deadline;
  resolutionDueAt: Date;
  /** Provider times of the batch's first message (in the order applied) and of its latest one. */
  firstSentAt: Date;
  lastSentAt: Date;
  /** Of the latest message. */
  preview: string;
  /** Of the last message applied: replies answer it. */
  replyToExternalId: string;
  /** Provider time of the latest message that carries a crisis or safeguarding flag. */
  dangerAt: Date | null;
  /** The language of the first message, kept when the conversation has none yet. */
  language: string | null;
}

/** A message from the person, as ingest hands it over, with its triage. */
export interface InboundMessage {
  provider: Provider;
  channel: Channel;
  visibility: Visibility;
  accountId: string;
  contactId: string;
  threadKey: string;
  postId: string | null;
  providerMessageId: string;
  text: string;
  attachments: unknown[];
  sentAt: Date;
  triage: TriageResult;
  /** Topic codes (wachtlijst, bezoek…) for the topic reports and spikes. */
  topics?: string[];
}

/** Everything the inbox stores about conversations and their messages: the only SQL on those tables. */
@Injectable()
export class ConversationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  // ── Reads ────────────────────────────────────────────────────────────────────────────────────────

  page(
    query: ConversationListQuery & { statuses?: ConversationStatus[] },
    scope: ListScope,
    cursor: Cursor | null,
    limit: number,
  ): Promise<ConversationRow[]> {
    const { sql, params } = buildListQuery(query, scope, cursor, limit);
    return this.dataSource.query(sql, params);
  }

  search(
    query: ConversationListQuery & { statuses?: ConversationStatus[] },
    scope: ListScope,
    words: string,
    offset: number,
    limit: number,
  ): Promise<ConversationRow[]> {
    const { sql, params } = buildSearchQuery(query, scope, words, offset, limit);
    return this.dataSource.query(sql, params);
  }

  /** Several conversations' summary rows as `userId` sees them, in one query (absent ones left out). */
  summaryRows(conversationIds: string[], userId: string): Promise<ConversationRow[]> {
    return this.dataSource.query(`${SUMMARY_SELECT} WHERE c.id = ANY($2::uuid[])`, [userId, conversationIds]);
  }

  findOne(id: string, relations: Record<string, unknown>): Promise<ConversationEntity | null> {
    return this.dataSource.getRepository(ConversationEntity).findOne({
      where: { id },
      relations: { assignee: true, ...relations },
    });
  }

  messagesOf(conversationId: string): Promise<MessageEntity[]> {
    return this.dataSource.getRepository(MessageEntity).find({
      where: { conversationId },
      relations: { author: true, approvalDecider: true },
      order: { sentAt: 'ASC', createdAt: 'ASC' },
    });
  }

  /** These messages with their authors and their conversations' contacts, in one query. */
  messagesInThread(ids: string[]): Promise<MessageEntity[]> {
    return this.dataSource.getRepository(MessageEntity).find({
      where: { id: In(ids) },
      relations: { author: true, approvalDecider: true, conversation: { contact: true } },
    });
  }

  /** The message in this conversation, or (without an id) its latest inbound one. */
  inboundMessage(conversationId: string, messageId?: string): Promise<MessageEntity | null> {
    const repository = this.dataSource.getRepository(MessageEntity);
    return messageId
      ? repository.findOne({ where: { id: messageId, conversationId, direction: 'in' } })
      : repository.findOne({ where: { conversationId, direction: 'in' }, order: { sentAt: 'DESC' } });
  }

  messageFlags(
    conversationId: string,
    messageId: string,
  ): Promise<Pick<MessageEntity, 'id' | 'flags'> | null> {
    return this.dataSource
      .getRepository(MessageEntity)
      .findOne({ where: { id: messageId, conversationId }, select: { id: true, flags: true } });
  }

  /** Where a conversation's answers go: its channel, our account and the thread (person or post). */
  async routeOf(
    conversationId: string,
  ): Promise<Pick<ConversationEntity, 'channel' | 'channelAccountId' | 'threadKey'> | null> {
    const rows = await this.dataSource.query<
      Pick<ConversationEntity, 'channel' | 'channelAccountId' | 'threadKey'>[]
    >(
      `SELECT channel, channel_account_id AS "channelAccountId", thread_key AS "threadKey"
         FROM conversations WHERE id = $1`,
      [conversationId],
    );
    return rows[0] ?? null;
  }

  /** The newest conversation of a person's thread with one of our accounts. */
  async latestOfThread(channelAccountId: string, threadKey: string): Promise<string | null> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM conversations WHERE channel_account_id = $1 AND thread_key = $2
        ORDER BY created_at DESC LIMIT 1`,
      [channelAccountId, threadKey],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * What one person and we wrote to each other in a thread of one account, over all its conversations,
   * oldest first (the newest `limit`): no notes, nothing that failed or waits for approval.
   */
  async threadTranscript(
    channelAccountId: string,
    threadKey: string,
    limit: number,
  ): Promise<{ id: string; direction: 'in' | 'out'; text: string; images: number; createdAt: Date }[]> {
    return this.dataSource.query(
      `SELECT * FROM (
         SELECT m.id, m.direction, m.text, jsonb_array_length(m.attachments)::int AS images,
                m.sent_at AS "createdAt", m.created_at
           FROM conversations c JOIN messages m ON m.conversation_id = c.id
          WHERE c.channel_account_id = $1 AND c.thread_key = $2
            AND (m.direction = 'in' OR (m.direction = 'out' AND m.delivery_status IN ('queued', 'sent', 'delivered', 'read')))
          ORDER BY m.sent_at DESC, m.created_at DESC LIMIT $3) t
        ORDER BY "createdAt" ASC, created_at ASC`,
      [channelAccountId, threadKey, limit],
    );
  }

  async teamIdOf(conversationId: string): Promise<string | null> {
    const rows = await this.dataSource.query<Pick<ConversationEntity, 'teamId'>[]>(
      'SELECT team_id AS "teamId" FROM conversations WHERE id = $1',
      [conversationId],
    );
    return rows[0]?.teamId ?? null;
  }

  async holderName(conversationId: string): Promise<string | null> {
    const rows: { name: string }[] = await this.dataSource.query(
      'SELECT u.name FROM conversations c JOIN users u ON u.id = c.assignee_id WHERE c.id = $1',
      [conversationId],
    );
    return rows[0]?.name ?? null;
  }

  async count(): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM conversations',
    );
    return count;
  }

  /** Conversations whose deadline turned near or passed in (since, now]: two index range scans. */
  async deadlineCrossings(since: Date, now: Date): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM conversations WHERE sla_near_at > $1 AND sla_near_at <= $2 AND sla_due_at IS NOT NULL
                                     AND paused_at IS NULL
       UNION
       SELECT id FROM conversations WHERE sla_due_at > $1 AND sla_due_at <= $2 AND paused_at IS NULL
       LIMIT 1000`,
      [since, now],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Crisis or safeguarding work nobody has made first contact with for `seconds`: each is marked as
   * sent to the advisors on call in the same statement, so of several replicas exactly one takes it.
   */
  async takeFirstContactOverdue(seconds: number): Promise<{ id: string }[]> {
    return queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE conversations SET first_contact_escalated_at = now()
        WHERE id IN (
          SELECT id FROM conversations
           WHERE status <> 'resolved' AND first_response_at IS NULL AND first_contact_escalated_at IS NULL
             AND danger_since IS NOT NULL
             AND COALESCE(awaiting_since, danger_since) <= now() - make_interval(secs => $1)
             AND (flags @> '[{"code":"crisis"}]' OR flags @> '[{"code":"safeguarding"}]')
           LIMIT 100
           FOR UPDATE SKIP LOCKED)
        RETURNING id`,
      [seconds],
    );
  }

  /** Conversations still waiting for an answer, by id from `after`, for recomputing their deadlines. */
  awaitingAfter(after: string): Promise<AwaitingConversation[]> {
    return this.dataSource.query(
      `SELECT id, priority, channel, team_id AS "teamId", awaiting_since AS "awaitingSince",
              first_response_at AS "firstResponseAt"
         FROM conversations
        WHERE awaiting_since IS NOT NULL AND status <> 'resolved' AND id > $1 ORDER BY id LIMIT 500`,
      [after],
    );
  }

  // ── People working the queue ─────────────────────────────────────────────────────────────────────

  async markRead(userId: string, conversationId: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO conversation_reads (user_id, conversation_id, last_read_at) VALUES ($1, $2, now())
       ON CONFLICT (user_id, conversation_id) DO UPDATE SET last_read_at = now()`,
      [userId, conversationId],
    );
  }

  /** One statement decides, so of two claims at once exactly one wins. */
  async claim(id: string, target: string, actorId: string, force: boolean): Promise<boolean> {
    const updated = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE conversations SET assignee_id = $2, status = CASE WHEN status = 'new' THEN 'open' ELSE status END,
              assigned_at = CASE WHEN assignee_id IS DISTINCT FROM $2 THEN now() ELSE assigned_at END,
              updated_at = now()
        WHERE id = $1 AND (assignee_id IS NULL OR assignee_id = $2 OR assignee_id = $3 OR $4)
        RETURNING id`,
      [id, target, actorId, force],
    );
    return updated.length > 0;
  }

  async unassign(id: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE conversations SET assignee_id = NULL, assigned_at = NULL, updated_at = now() WHERE id = $1',
      [id],
    );
  }

  async setStatus(id: string, status: ConversationStatus, db: Db = this.dataSource): Promise<void> {
    await db.query(
      `UPDATE conversations
          SET status = $2, resolved_at = CASE WHEN $3 THEN now() ELSE NULL END,
              sla_due_at = CASE WHEN $3 THEN NULL ELSE sla_due_at END,
              sla_sort_at = CASE WHEN $3 THEN 'infinity' ELSE sla_sort_at END,
              sla_near_at = CASE WHEN $3 THEN NULL ELSE sla_near_at END,
              awaiting_since = CASE WHEN $3 THEN NULL ELSE awaiting_since END,
              updated_at = now()
        WHERE id = $1`,
      [id, status, status === 'resolved'],
    );
  }

  /** The row a close decides on, locked until the transaction ends. */
  async lockForClose(
    manager: EntityManager,
    id: string,
  ): Promise<
    | (Pick<ConversationEntity, 'status' | 'flags' | 'firstResponseAt'> & { resolvedByName: string | null })
    | undefined
  > {
    const [row] = await manager.query<
      (Pick<ConversationEntity, 'status' | 'flags' | 'firstResponseAt'> & { resolvedByName: string | null })[]
    >(
      `SELECT c.status, c.flags, c.first_response_at AS "firstResponseAt",
              (SELECT u.name FROM users u WHERE u.id = c.resolved_by) AS "resolvedByName"
         FROM conversations c WHERE c.id = $1 FOR UPDATE OF c`,
      [id],
    );
    return row;
  }

  /**
   * Closes the conversation. The running clock stops; the first-response target and whether it was
   * missed stay as they were, so a breach that already happened stays in the reports. Unanswered
   * crisis or safeguarding work keeps who closed it and why.
   */
  async resolve(
    manager: EntityManager,
    id: string,
    byUserId: string | null,
    unanswered: { reason: string } | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE conversations
          SET status = 'resolved', resolved_at = now(), resolved_by = $2,
              sla_due_at = NULL, sla_sort_at = 'infinity', sla_near_at = NULL, awaiting_since = NULL,
              closed_unanswered_at = CASE WHEN $3::text IS NULL THEN closed_unanswered_at ELSE now() END,
              closed_unanswered_by = CASE WHEN $3::text IS NULL THEN closed_unanswered_by ELSE $2 END,
              close_reason = CASE WHEN $3::text IS NULL THEN close_reason ELSE $3 END,
              updated_at = now()
        WHERE id = $1`,
      [id, byUserId, unanswered?.reason ?? null],
    );
  }

  async clearSuggestion(id: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE conversations SET suggested_switch = NULL, updated_at = now() WHERE id = $1',
      [id],
    );
  }

  async touch(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE conversations SET updated_at = now() WHERE id = $1', [id]);
  }

  // ── Escalations ─────────────────────────────────────────────────────────────────────────────────

  async lockPriority(manager: EntityManager, id: string): Promise<Priority | null> {
    const rows = await manager.query<Pick<ConversationEntity, 'priority'>[]>(
      'SELECT priority FROM conversations WHERE id = $1 FOR UPDATE',
      [id],
    );
    return rows[0]?.priority ?? null;
  }

  async escalate(manager: EntityManager, id: string, teamId: string): Promise<void> {
    await manager.query(
      `UPDATE conversations SET team_id = $2, status = 'escalated', updated_at = now() WHERE id = $1`,
      [id, teamId],
    );
  }

  async handOver(manager: EntityManager, id: string, advisorId: string): Promise<void> {
    await manager.query(
      `UPDATE conversations SET assignee_id = $2, status = 'escalated',
              assigned_at = CASE WHEN assignee_id IS DISTINCT FROM $2 THEN now() ELSE assigned_at END, updated_at = now()
        WHERE id = $1`,
      [id, advisorId],
    );
  }

  /** The escalation is over: an escalated conversation is open again, with `assigneeId` if given. */
  async endEscalation(manager: EntityManager, id: string, assigneeId?: string | null): Promise<void> {
    await manager.query(
      `UPDATE conversations
          SET ${assigneeId === undefined ? '' : 'assignee_id = $2::uuid, '}status = CASE WHEN status = 'escalated' THEN 'open' ELSE status END,
              updated_at = now()
        WHERE id = $1`,
      assigneeId === undefined ? [id] : [id, assigneeId],
    );
  }

  async resolveHandover(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE conversations
          SET status = 'resolved', resolved_at = now(), sla_due_at = NULL, sla_sort_at = 'infinity', awaiting_since = NULL,
              updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }

  // ── Messages we write ───────────────────────────────────────────────────────────────────────────

  async insertOutbound(
    manager: EntityManager,
    input: {
      conversationId: string;
      authorId: string | null;
      text: string;
      visibility: Visibility;
      note: boolean;
      systemNote?: SystemNote;
      template?: TemplateSend;
    },
  ): Promise<MessageEntity> {
    const repository = manager.getRepository(MessageEntity);
    const saved = await repository.save(
      repository.create({
        conversationId: input.conversationId,
        direction: input.note ? 'note' : 'out',
        text: input.text,
        attachments: [],
        visibility: input.visibility,
        provider: null,
        providerMessageId: null,
        authorId: input.authorId,
        sentAt: new Date(),
        deliveryStatus: input.note ? 'sent' : 'queued',
        flags: [],
        noteCode: input.systemNote?.code ?? null,
        noteParams: input.systemNote?.params ?? null,
        template: input.template ?? null,
      }),
    );
    return repository.findOneOrFail({
      where: { id: saved.id },
      relations: { author: true, approvalDecider: true },
    });
  }

  /** An internal note written by the system on someone's behalf (escalations, call-backs). */
  async insertNote(
    manager: EntityManager,
    conversationId: string,
    authorId: string | null,
    text: string,
    systemNote: SystemNote | null,
  ): Promise<Pick<MessageEntity, 'id' | 'createdAt'>> {
    const rows = await queryRows<Pick<MessageEntity, 'id' | 'createdAt'>>(
      manager,
      `INSERT INTO messages (conversation_id, direction, text, attachments, visibility, author_id, sent_at, delivery_status, flags,
                             note_code, note_params)
       VALUES ($1, 'note', $2, '[]', 'private', $3, now(), 'sent', '[]', $4, $5::jsonb) RETURNING id, created_at AS "createdAt"`,
      [
        conversationId,
        text,
        authorId,
        systemNote?.code ?? null,
        systemNote ? JSON.stringify(systemNote.params) : null,
      ],
    );
    return rows[0]!;
  }

  async lockResponseFacts(manager: EntityManager, id: string): Promise<ResponseFacts | undefined> {
    const [row] = await manager.query<ResponseFacts[]>(
      `SELECT first_inbound_at AS "firstInboundAt", first_response_at AS "firstResponseAt",
              first_response_due_at AS "firstResponseDueAt", team_id AS "teamId",
              paused_business_seconds AS "pausedBusinessSeconds"
         FROM conversations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  async setFirstResponse(
    manager: EntityManager,
    id: string,
    facts: {
      at: Date;
      seconds: number;
      businessSeconds: number;
      breached: boolean | null;
      by: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE conversations
          SET first_response_at = $2, first_response_seconds = $3, first_response_business_seconds = $4,
              first_response_breached = $5, first_response_by = $6
        WHERE id = $1`,
      [id, facts.at, facts.seconds, facts.businessSeconds, facts.breached, facts.by],
    );
  }

  /**
   * The person has their answer: the clock stops and the queue row shows the answer. A reply from the
   * console (`claim`) also gives the conversation to who answered, if nobody had it, and opens it.
   */
  async stopClock(
    manager: EntityManager,
    id: string,
    answer: { at: Date; preview: string | null; byUserId: string | null; claim: boolean },
  ): Promise<void> {
    await manager.query(
      `UPDATE conversations
          SET first_response_at = COALESCE(first_response_at, $2), awaiting_since = NULL, sla_due_at = NULL,
              returned_from = NULL,
              sla_near_at = NULL, sla_sort_at = 'infinity',
              assigned_at = CASE WHEN $5 AND assignee_id IS NULL AND $3::uuid IS NOT NULL THEN now() ELSE assigned_at END,
              assignee_id = CASE WHEN $5 THEN COALESCE(assignee_id, $3::uuid) ELSE assignee_id END,
              status = CASE WHEN $5 AND status IN ('new', 'resolved') THEN 'open' ELSE status END,
              last_message_at = CASE WHEN $5 THEN $2 ELSE GREATEST(last_message_at, $2) END,
              last_message_preview = COALESCE($4, last_message_preview), updated_at = now()
        WHERE id = $1`,
      [id, answer.at, answer.byUserId, answer.preview, answer.claim],
    );
  }

  async setDeadline(id: string, deadline: Deadline): Promise<void> {
    await this.dataSource.query(
      `UPDATE conversations SET sla_due_at = $2, sla_near_at = $3, sla_sort_at = $2,
              first_response_due_at = CASE WHEN first_response_at IS NULL THEN $2 ELSE first_response_due_at END
        WHERE id = $1 AND awaiting_since IS NOT NULL`,
      [id, deadline.dueAt, deadline.nearAt],
    );
  }

  // ── Ingest ──────────────────────────────────────────────────────────────────────────────────────

  /** Finds or opens the thread and locks it; `created` when this call opened it. */
  /**
   * The threads these messages land in, opened on first contact (the first message of a new thread
   * fixes its contact and post), each locked for the rest of the transaction. Keyed by `threadOf`.
   * New threads are inserted and existing ones locked in one fixed order, so concurrent batches that
   * share threads wait for each other instead of deadlocking.
   */
  async openThreads(
    manager: EntityManager,
    messages: Pick<
      InboundMessage,
      'channel' | 'visibility' | 'accountId' | 'contactId' | 'threadKey' | 'postId' | 'sentAt'
    >[],
  ): Promise<Map<string, { thread: ThreadState; created: boolean }>> {
    const firsts = new Map<string, (typeof messages)[number]>();
    for (const message of messages)
      if (!firsts.has(threadOf(message))) firsts.set(threadOf(message), message);
    const threads = [...firsts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
    const keys = {
      accounts: threads.map((t) => t.accountId),
      channels: threads.map((t) => t.channel),
      threadKeys: threads.map((t) => t.threadKey),
    };
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO conversations (channel, visibility, channel_account_id, contact_id, thread_key, post_id, last_message_at, status)
       SELECT channel, visibility, account_id, contact_id, thread_key, post_id, sent_at, 'new'
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::timestamptz[])
           WITH ORDINALITY AS t(channel, visibility, account_id, contact_id, thread_key, post_id, sent_at, n)
        ORDER BY n
       ON CONFLICT (channel_account_id, channel, thread_key) DO NOTHING RETURNING id`,
      [
        keys.channels,
        threads.map((t) => t.visibility),
        keys.accounts,
        threads.map((t) => t.contactId),
        keys.threadKeys,
        threads.map((t) => t.postId),
        threads.map((t) => t.sentAt),
      ],
    );
    const created = new Set(inserted.map((row) => row.id));
    const states: (ThreadState & Pick<InboundMessage, 'accountId' | 'channel' | 'threadKey'>)[] =
      await manager.query(
        `SELECT c.id, c.status, c.awaiting_since AS "awaitingSince", c.cycle_started_at AS "cycleStartedAt",
                c.first_response_at AS "firstResponseAt", c.resolution_due_at AS "resolutionDueAt",
                c.team_id AS "teamId", c.paused_at AS "pausedAt", c.language,
                c.channel_account_id AS "accountId", c.channel, c.thread_key AS "threadKey"
           FROM conversations c
           JOIN unnest($1::uuid[], $2::text[], $3::text[]) AS t(account_id, channel, thread_key)
             ON c.channel_account_id = t.account_id AND c.channel = t.channel AND c.thread_key = t.thread_key
          ORDER BY c.id FOR UPDATE OF c`,
        [keys.accounts, keys.channels, keys.threadKeys],
      );
    return new Map(
      states.map(({ accountId, channel, threadKey, ...thread }) => [
        threadOf({ accountId, channel, threadKey }),
        { thread, created: created.has(thread.id) },
      ]),
    );
  }

  async findThread(manager: EntityManager, accountId: string, threadKey: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(
      'SELECT id FROM conversations WHERE channel_account_id = $1 AND thread_key = $2',
      [accountId, threadKey],
    );
    return row?.id ?? null;
  }

  /**
   * Stores inbound messages once per provider id, in one statement. Answers the new messages' ids by
   * provider message id; one stored before is not among them.
   */
  async insertInbound(
    manager: EntityManager,
    messages: (InboundMessage & { conversationId: string })[],
  ): Promise<Map<string, string>> {
    if (messages.length === 0) return new Map();
    const rows: { id: string; provider: string; providerMessageId: string }[] = await manager.query(
      `INSERT INTO messages (conversation_id, direction, text, attachments, visibility, provider, provider_message_id,
                             sent_at, delivery_status, flags, priority, suggested_switch, topics)
       SELECT m.conversation_id, 'in', m.text, m.attachments, m.visibility, m.provider, m.provider_message_id,
              m.sent_at, 'received', m.flags, m.priority, m.suggested_switch,
              ARRAY(SELECT jsonb_array_elements_text(m.topics))
         FROM jsonb_to_recordset($1::jsonb) AS m(
                conversation_id uuid, text text, attachments jsonb, visibility text, provider text,
                provider_message_id text, sent_at timestamptz, flags jsonb, priority text,
                suggested_switch jsonb, topics jsonb)
       ON CONFLICT (provider, provider_message_id) WHERE provider_message_id IS NOT NULL DO NOTHING
       RETURNING id, provider, provider_message_id AS "providerMessageId"`,
      [
        JSON.stringify(
          messages.map((message) => ({
            conversation_id: message.conversationId,
            text: message.text,
            attachments: message.attachments,
            visibility: message.visibility,
            provider: message.provider,
            provider_message_id: message.providerMessageId,
            sent_at: message.sentAt,
            flags: message.triage.flags,
            priority: message.triage.priority,
            suggested_switch: message.triage.suggestedSwitch ?? null,
            topics: message.topics ?? [],
          })),
        ),
      ],
    );
    return new Map(rows.map((row) => [`${row.provider}\u0000${row.providerMessageId}`, row.id]));
  }

  /**
   * The triage of the person's messages in each conversation's open period (since its `since`), and of
   * the messages `alsoIds` (stored in this transaction, whose creation time may precede `since`).
   */
  async openPeriodTriage(
    manager: EntityManager,
    periods: { conversationId: string; since: Date }[],
    alsoIds: string[],
  ): Promise<Map<string, InboundTriage[]>> {
    const rows: (InboundTriage & { conversationId: string })[] = await manager.query(
      `SELECT m.conversation_id AS "conversationId", m.flags, m.priority,
              m.suggested_switch AS "suggestedSwitch", m.sent_at AS "sentAt"
         FROM unnest($1::uuid[], $2::timestamptz[]) AS p(conversation_id, since)
         JOIN messages m ON m.conversation_id = p.conversation_id
        WHERE m.direction = 'in' AND (m.created_at >= p.since OR m.id = ANY($3::uuid[]))`,
      [periods.map((p) => p.conversationId), periods.map((p) => p.since), alsoIds],
    );
    const byConversation = new Map<string, InboundTriage[]>();
    for (const { conversationId, ...triage } of rows) {
      const list = byConversation.get(conversationId) ?? [];
      list.push(triage);
      byConversation.set(conversationId, list);
    }
    return byConversation;
  }

  /**
   * The conversations after their inbound messages, in one statement: reopened if resolved or
   * pending, triage, deadlines and preview.
   */
  async applyInbound(manager: EntityManager, states: InboundState[]): Promise<void> {
    if (states.length === 0) return;
    await manager.query(
      `UPDATE conversations c
          SET status = CASE WHEN c.status IN ('resolved', 'pending') THEN 'open' ELSE c.status END,
              language = COALESCE(c.language, s.language),
              danger_since = CASE WHEN s.danger_at IS NULL THEN c.danger_since
                                  ELSE GREATEST(COALESCE(c.danger_since, s.danger_at), s.danger_at) END,
              resolved_at = NULL, cycle_started_at = s.cycle_start,
              priority = s.priority, priority_rank = s.priority_rank, flags = s.flags,
              suggested_switch = s.suggested_switch,
              awaiting_since = s.awaiting_since, sla_due_at = s.due_at,
              sla_sort_at = COALESCE(s.due_at, 'infinity'::timestamptz),
              sla_near_at = s.near_at, resolution_due_at = s.resolution_due_at,
              first_response_due_at = CASE WHEN c.first_response_at IS NULL THEN s.due_at ELSE c.first_response_due_at END,
              first_inbound_at = COALESCE(c.first_inbound_at, s.first_sent_at),
              last_inbound_at = GREATEST(COALESCE(c.last_inbound_at, s.last_sent_at), s.last_sent_at),
              last_message_at = GREATEST(c.last_message_at, s.last_sent_at),
              last_message_preview = CASE WHEN c.last_message_at <= s.last_sent_at THEN s.preview
                                          ELSE c.last_message_preview END,
              reply_to_external_id = s.reply_to_external_id, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS s(
                id uuid, cycle_start timestamptz, priority text, priority_rank smallint, flags jsonb,
                suggested_switch jsonb, awaiting_since timestamptz, due_at timestamptz, near_at timestamptz,
                resolution_due_at timestamptz, first_sent_at timestamptz, last_sent_at timestamptz,
                preview text, reply_to_external_id text, danger_at timestamptz, language text)
        WHERE c.id = s.id`,
      [
        JSON.stringify(
          states.map((state) => ({
            id: state.id,
            cycle_start: state.cycleStart,
            priority: state.priority,
            priority_rank: state.priorityRank,
            flags: state.flags,
            suggested_switch: state.suggestedSwitch ?? null,
            awaiting_since: state.awaitingSince,
            due_at: state.deadline.dueAt,
            near_at: state.deadline.nearAt,
            resolution_due_at: state.resolutionDueAt,
            first_sent_at: state.firstSentAt,
            last_sent_at: state.lastSentAt,
            preview: state.preview,
            reply_to_external_id: state.replyToExternalId,
            danger_at: state.dangerAt,
            language: state.language,
          })),
        ),
      ],
    );
  }

  /** Our own message came back from the provider: it was sent. */
  async confirmSent(
    manager: EntityManager,
    provider: Provider,
    providerMessageId: string,
  ): Promise<MessageRef | undefined> {
    const rows = await queryRows<MessageRef>(
      manager,
      `UPDATE messages SET delivery_status = CASE WHEN delivery_status = 'queued' THEN 'sent' ELSE delivery_status END
        WHERE provider = $1 AND provider_message_id = $2 RETURNING id, conversation_id AS "conversationId"`,
      [provider, providerMessageId],
    );
    return rows[0];
  }

  /** A message sent from the provider's own inbox, outside the console. Null when stored before. */
  async insertEcho(
    manager: EntityManager,
    message: {
      conversationId: string;
      text: string;
      provider: Provider;
      providerMessageId: string;
      sentAt: Date;
    },
  ): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO messages (conversation_id, direction, text, visibility, provider, provider_message_id, sent_at, delivery_status)
       VALUES ($1, 'out', $2, 'private', $3, $4, $5, 'sent')
       ON CONFLICT (provider, provider_message_id) WHERE provider_message_id IS NOT NULL DO NOTHING RETURNING id`,
      [message.conversationId, message.text, message.provider, message.providerMessageId, message.sentAt],
    );
    return rows[0]?.id ?? null;
  }

  async lockDelivery(
    manager: EntityManager,
    provider: Provider,
    providerMessageId: string,
  ): Promise<(MessageRef & Pick<MessageEntity, 'deliveryStatus'>) | undefined> {
    const [row] = await manager.query<(MessageRef & Pick<MessageEntity, 'deliveryStatus'>)[]>(
      `SELECT id, conversation_id AS "conversationId", delivery_status AS "deliveryStatus" FROM messages
        WHERE provider = $1 AND provider_message_id = $2 FOR UPDATE`,
      [provider, providerMessageId],
    );
    return row;
  }

  async setDelivery(db: Db, id: string, status: DeliveryStatus, error: string | null): Promise<void> {
    await db.query('UPDATE messages SET delivery_status = $2, delivery_error = $3 WHERE id = $1', [
      id,
      status,
      error,
    ]);
  }

  /** Everything we sent in the thread up to `watermark` has been read. */
  async markReadUpTo(
    manager: EntityManager,
    accountId: string,
    threadKey: string,
    watermark: Date,
  ): Promise<string | null> {
    const rows = await queryRows<Pick<MessageEntity, 'conversationId'>>(
      manager,
      `UPDATE messages m SET delivery_status = 'read'
         FROM conversations c
        WHERE m.conversation_id = c.id AND c.channel_account_id = $1 AND c.thread_key = $2
          AND m.direction = 'out' AND m.delivery_status IN ('sent', 'delivered') AND m.sent_at <= $3
        RETURNING m.conversation_id AS "conversationId"`,
      [accountId, threadKey, watermark],
    );
    return rows[0]?.conversationId ?? null;
  }

  async markRemoved(
    manager: EntityManager,
    provider: Provider,
    providerMessageId: string,
    at: Date,
  ): Promise<MessageRef | undefined> {
    const rows = await queryRows<MessageRef>(
      manager,
      `UPDATE messages SET removed_at = $3 WHERE provider = $1 AND provider_message_id = $2
       RETURNING id, conversation_id AS "conversationId"`,
      [provider, providerMessageId, at],
    );
    return rows[0];
  }

  async markHidden(messageId: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(MessageEntity).update({ id: messageId }, { hiddenAt: at });
  }

  // ── Sending ─────────────────────────────────────────────────────────────────────────────────────

  async outbound(messageId: string): Promise<SendRow | undefined> {
    const [row]: SendRow[] = await this.dataSource.query(
      `SELECT m.id, m.text, m.visibility, m.provider_message_id AS "providerMessageId", m.template,
              m.delivery_status AS "deliveryStatus", m.conversation_id AS "conversationId", c.channel,
              c.thread_key AS "threadKey", c.reply_to_external_id AS "replyToExternalId",
              c.channel_account_id AS "channelAccountId", c.last_inbound_at AS "lastInboundAt"
         FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE m.id = $1 AND m.direction = 'out'`,
      [messageId],
    );
    return row;
  }

  async noteSendDelay(id: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE messages SET delivery_error = $2 WHERE id = $1 AND delivery_status = 'queued'`,
      [id, reason],
    );
  }

  async markSent(id: string, provider: Provider, providerMessageId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE messages SET provider = $2, provider_message_id = $3,
              delivery_status = CASE WHEN delivery_status = 'queued' THEN 'sent' ELSE delivery_status END, delivery_error = NULL
        WHERE id = $1 AND provider_message_id IS NULL`,
      [id, provider, providerMessageId],
    );
  }
}
