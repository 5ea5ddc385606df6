import { Injectable } from '@nestjs/common';
import type { ApprovalState, Channel } from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { queryRows } from '../database/sql';
import type { ConversationEntity } from './conversation.entity';
import type { MessageEntity } from './message.entity';

/** A conversation waiting for someone to pick it up, with what matching an agent needs. */
export interface AssignmentCandidate {
  id: string;
  channel: Channel;
  language: string | null;
  priorityRank: number;
  /** Who a rule took it from for not answering: not given back to them. */
  returnedFrom: string | null;
  /** The team whose queue it is in (returned to a team, or after an escalation); null: the general queue. */
  teamId: string | null;
}

/** A conversation a rule took, with who had it. */
export interface TakenConversation {
  id: string;
  contactId: string;
  assigneeId: string | null;
  assigneeName: string | null;
}

export type PausedFacts = Pick<ConversationEntity, 'pausedAt' | 'teamId' | 'status' | 'contactId'>;

export type ApprovalRow = Pick<
  MessageEntity,
  'id' | 'conversationId' | 'authorId' | 'approvalState' | 'text' | 'visibility'
>;

/** The statements of workload automation on `conversations` and `messages` (owned by conversations). */
@Injectable()
export class ConversationsWorkloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Unassigned conversations waiting for an answer, urgent first then by deadline (the queue's order).
   * Escalated work is the advisors'; resolved and pending work waits for nobody.
   */
  candidates(manager: EntityManager, limit: number): Promise<AssignmentCandidate[]> {
    return manager.query(
      `SELECT id, channel, language, priority_rank AS "priorityRank", team_id AS "teamId",
              returned_from AS "returnedFrom"
         FROM conversations
        WHERE assignee_id IS NULL AND status IN ('new', 'open') AND awaiting_since IS NOT NULL
        ORDER BY priority_rank, sla_sort_at, last_message_at, id
        LIMIT $1`,
      [limit],
    );
  }

  /** Open (not resolved) conversations per assignee among `userIds`. */
  async openLoads(manager: EntityManager, userIds: string[]): Promise<Map<string, number>> {
    const rows: { userId: string; open: number }[] = await manager.query(
      `SELECT assignee_id AS "userId", count(*)::int AS open FROM conversations
        WHERE assignee_id = ANY($1::uuid[]) AND status IN ('new', 'open', 'pending', 'escalated')
        GROUP BY assignee_id`,
      [userIds],
    );
    return new Map(rows.map((row) => [row.userId, row.open]));
  }

  /** Gives the conversation to `userId` only if nobody has it: of two assigners exactly one wins. */
  async assignIfFree(manager: EntityManager, id: string, userId: string): Promise<string | null> {
    const rows = await queryRows<{ contactId: string }>(
      manager,
      `UPDATE conversations SET assignee_id = $2, assigned_at = now(),
              status = CASE WHEN status = 'new' THEN 'open' ELSE status END, updated_at = now()
        WHERE id = $1 AND assignee_id IS NULL AND status IN ('new', 'open')
        RETURNING contact_id AS "contactId"`,
      [id, userId],
    );
    return rows[0]?.contactId ?? null;
  }

  /**
   * Still unanswered `minutes` after assignment (and after the person's waiting message): taken back in
   * one statement (so of several replicas exactly one takes each), optionally into a team's queue.
   */
  takeUnansweredAfterAssignment(
    manager: EntityManager,
    minutes: number,
    teamId: string | null,
  ): Promise<TakenConversation[]> {
    return queryRows<TakenConversation>(
      manager,
      `WITH taken AS (
         SELECT id, assignee_id FROM conversations
          WHERE assignee_id IS NOT NULL AND status IN ('new', 'open') AND awaiting_since IS NOT NULL
            -- Unanswered for N minutes while assigned: since the assignment or since the person's
            -- message, whichever came later (an answered conversation starts over with the next message).
            AND assigned_at <= now() - make_interval(mins => $1)
            AND awaiting_since <= now() - make_interval(mins => $1)
          ORDER BY assigned_at LIMIT 100
          FOR UPDATE SKIP LOCKED)
       UPDATE conversations c
          SET assignee_id = NULL, assigned_at = NULL, returned_from = taken.assignee_id,
              team_id = COALESCE($2::uuid, c.team_id), updated_at = now()
         FROM taken
        WHERE c.id = taken.id
       RETURNING c.id, c.contact_id AS "contactId", taken.assignee_id AS "assigneeId",
                 (SELECT u.name FROM users u WHERE u.id = taken.assignee_id) AS "assigneeName"`,
      [minutes, teamId],
    );
  }

  /** Conversations waiting for an answer held by one of `userIds` (agents offline too long): freed. */
  takeFromOffline(manager: EntityManager, userIds: string[]): Promise<TakenConversation[]> {
    if (userIds.length === 0) return Promise.resolve([]);
    return queryRows<TakenConversation>(
      manager,
      `WITH taken AS (
         SELECT id, assignee_id FROM conversations
          WHERE assignee_id = ANY($1::uuid[]) AND status IN ('new', 'open') AND awaiting_since IS NOT NULL
          LIMIT 200
          FOR UPDATE SKIP LOCKED)
       UPDATE conversations c SET assignee_id = NULL, assigned_at = NULL, updated_at = now()
         FROM taken
        WHERE c.id = taken.id
       RETURNING c.id, c.contact_id AS "contactId", taken.assignee_id AS "assigneeId",
                 (SELECT u.name FROM users u WHERE u.id = taken.assignee_id) AS "assigneeName"`,
      [userIds],
    );
  }

  /** Waiting for the person `days` days without a reminder yet: marked, each once. */
  takeReminderDue(days: number): Promise<TakenConversation[]> {
    return queryRows<TakenConversation>(
      this.dataSource,
      `UPDATE conversations c SET reminder_sent_at = now(), updated_at = now()
        WHERE c.id IN (
          SELECT id FROM conversations
           WHERE status = 'pending' AND paused_at <= now() - make_interval(days => $1) AND reminder_sent_at IS NULL
           LIMIT 100 FOR UPDATE SKIP LOCKED)
       RETURNING c.id, c.contact_id AS "contactId", c.assignee_id AS "assigneeId", NULL AS "assigneeName"`,
      [days],
    );
  }

  /** Still waiting `days` days after the reminder: ids to resolve (locked by the caller's close). */
  resolveDue(days: number): Promise<{ id: string }[]> {
    return this.dataSource.query(
      `SELECT id FROM conversations
        WHERE status = 'pending' AND reminder_sent_at <= now() - make_interval(days => $1)
        ORDER BY reminder_sent_at LIMIT 100`,
      [days],
    );
  }

  // ── The clock paused while waiting for the person ─────────────────────────────────────────────────

  async lockPaused(manager: EntityManager, id: string): Promise<PausedFacts | undefined> {
    const [row] = await manager.query<PausedFacts[]>(
      `SELECT paused_at AS "pausedAt", team_id AS "teamId", status, contact_id AS "contactId"
         FROM conversations WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** Waiting for the person from now: the response clock stops counting. */
  async pause(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      `UPDATE conversations SET status = 'pending', paused_at = COALESCE(paused_at, now()), reminder_sent_at = NULL,
              updated_at = now()
        WHERE id = $1 AND status <> 'resolved'`,
      [id],
    );
  }

  /**
   * The clock runs again: the paused span is added to every running deadline and to the paused totals
   * the reports leave out.
   */
  async resume(
    manager: EntityManager,
    id: string,
    span: { seconds: number; businessSeconds: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE conversations
          SET paused_at = NULL, reminder_sent_at = NULL,
              paused_seconds = paused_seconds + $2, paused_business_seconds = paused_business_seconds + $3,
              sla_due_at = sla_due_at + make_interval(secs => $2),
              sla_near_at = sla_near_at + make_interval(secs => $2),
              sla_sort_at = CASE WHEN sla_due_at IS NULL THEN sla_sort_at ELSE sla_due_at + make_interval(secs => $2) END,
              first_response_due_at = CASE WHEN first_response_at IS NULL
                                           THEN first_response_due_at + make_interval(secs => $2)
                                           ELSE first_response_due_at END,
              resolution_due_at = resolution_due_at + make_interval(secs => $2),
              updated_at = now()
        WHERE id = $1 AND paused_at IS NOT NULL`,
      [id, span.seconds, span.businessSeconds],
    );
  }

  // ── Four eyes on public replies ───────────────────────────────────────────────────────────────────

  async lockApproval(manager: EntityManager, messageId: string): Promise<ApprovalRow | undefined> {
    const [row] = await manager.query<ApprovalRow[]>(
      `SELECT id, conversation_id AS "conversationId", author_id AS "authorId", approval_state AS "approvalState",
              text, visibility
         FROM messages WHERE id = $1 AND direction = 'out' FOR UPDATE`,
      [messageId],
    );
    return row;
  }

  async markAwaiting(manager: EntityManager, messageId: string): Promise<void> {
    await manager.query(`UPDATE messages SET approval_state = 'awaiting' WHERE id = $1`, [messageId]);
  }

  /** Approved: sent from now (its time in the thread is when it goes out, so the wait counts). */
  async decide(
    manager: EntityManager,
    messageId: string,
    state: Exclude<ApprovalState, 'awaiting'>,
    byUserId: string,
    remark: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE messages
          SET approval_state = $2, approval_decided_by = $3, approval_decided_at = now(), approval_remark = $4,
              sent_at = CASE WHEN $2 = 'approved' THEN now() ELSE sent_at END,
              delivery_status = CASE WHEN $2 = 'approved' THEN 'queued' ELSE delivery_status END
        WHERE id = $1`,
      [messageId, state, byUserId, remark],
    );
  }
}
