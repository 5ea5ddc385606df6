import { ForbiddenException, Injectable } from '@nestjs/common';
import type { Channel, MessageView, SystemNote } from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { DomainEventBus } from '../events/domain-event-bus';
import {
  ApprovalConflictException,
  MessageNotFoundException,
  OwnReplyApprovalException,
} from './conversation.exception';
import type { ConversationEntity } from './conversation.entity';
import { ConversationsService } from './conversations.service';
import {
  type AssignmentCandidate,
  ConversationsWorkloadRepository,
  type TakenConversation,
} from './conversations-workload.repository';

/** One arbitrary constant: every assignment round, on every replica, takes this lock in turn. */
const ASSIGNMENT_LOCK = 731_5015;
const SYSTEM_AUTHOR = { id: null, name: 'Webcare Inbox' };
const SUPERVISING = new Set(['supervisor', 'admin']);

/** An agent who may get work now: online, with skills (empty: any). */
export interface AvailableAgent {
  userId: string;
  name: string;
  languages: string[];
  channels: string[];
  /** Teams the agent belongs to: work in a team's queue goes to its members first. */
  teamIds: string[];
}

export interface Assignment {
  conversationId: string;
  userId: string;
}

/** Does this agent's skill set cover the conversation? Empty skills cover everything. */
export function covers(agent: AvailableAgent, candidate: Pick<AssignmentCandidate, 'channel' | 'language'>) {
  const language =
    agent.languages.length === 0 || !candidate.language || agent.languages.includes(candidate.language);
  const channel = agent.channels.length === 0 || agent.channels.includes(candidate.channel as Channel);
  return language && channel;
}

/**
 * The least-loaded agent under the maximum whose skills cover the conversation; null when nobody has
 * room. Work in a team's queue goes to that team's members when one of them can take it, else to anyone.
 * Ties go to the agent who comes first in `agents` (stable).
 */
export function pickAgent(
  candidate: Pick<AssignmentCandidate, 'channel' | 'language'> & {
    teamId?: string | null;
    returnedFrom?: string | null;
  },
  agents: AvailableAgent[],
  loads: Map<string, number>,
  max: number,
): AvailableAgent | null {
  // Never back to the agent a rule took it from for leaving it unanswered.
  const able = agents.filter(
    (agent) =>
      agent.userId !== candidate.returnedFrom &&
      (loads.get(agent.userId) ?? 0) < max &&
      covers(agent, candidate),
  );
  const members = candidate.teamId ? able.filter((agent) => agent.teamIds.includes(candidate.teamId!)) : [];
  let best: AvailableAgent | null = null;
  for (const agent of members.length > 0 ? members : able) {
    if (!best || (loads.get(agent.userId) ?? 0) < (loads.get(best.userId) ?? 0)) best = agent;
  }
  return best;
}

/**
 * Workload automation on conversations: assignment rounds, the rules over time, and four eyes on public
 * replies. Every change is decided in the database (a lock or a conditional UPDATE), so replicas that
 * run the same round or rule at once do each change once.
 */
@Injectable()
export class ConversationsWorkloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conversations: ConversationsService,
    private readonly repository: ConversationsWorkloadRepository,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  // ── Auto-assignment ───────────────────────────────────────────────────────────────────────────────

  /**
   * Gives waiting, unassigned conversations (urgent first, then by deadline) to the least-loaded online
   * agent with room under `max` whose skills fit. Rounds are serialised by a transaction-scoped
   * advisory lock, so two replicas never both count an agent's load before either assigns.
   */
  async assignRound(agents: AvailableAgent[], max: number): Promise<Assignment[]> {
    if (agents.length === 0) return [];
    const done = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [ASSIGNMENT_LOCK]);
      const loads = await this.repository.openLoads(
        manager,
        agents.map((agent) => agent.userId),
      );
      if (agents.every((agent) => (loads.get(agent.userId) ?? 0) >= max)) return [];
      const assigned: Assignment[] = [];
      for (const candidate of await this.repository.candidates(manager, 200)) {
        const agent = pickAgent(candidate, agents, loads, max);
        if (!agent) continue;
        const contactId = await this.repository.assignIfFree(manager, candidate.id, agent.userId);
        if (!contactId) continue;
        loads.set(agent.userId, (loads.get(agent.userId) ?? 0) + 1);
        assigned.push({ conversationId: candidate.id, userId: agent.userId });
        await this.audit.record(
          {
            actor: 'system',
            action: 'conversation.auto_assign',
            conversationId: candidate.id,
            contactId,
            details: { assigneeId: agent.userId },
          },
          manager,
        );
      }
      return assigned;
    });
    for (const { conversationId } of done) await this.conversations.announce(conversationId, null);
    return done;
  }

  /** Open conversations per person, for the presence list. */
  openLoads(userIds: string[]): Promise<Map<string, number>> {
    return this.repository.openLoads(this.dataSource.manager, userIds);
  }

  // ── Rules over time ───────────────────────────────────────────────────────────────────────────────

  /** Unanswered `minutes` after assignment: back to the queue (or a team's), with a note. */
  async returnUnanswered(minutes: number, team: { id: string; name: string } | null): Promise<string[]> {
    return this.takeWithNote(
      (manager) => this.repository.takeUnansweredAfterAssignment(manager, minutes, team?.id ?? null),
      (taken) => ({
        code: 'workload.unanswered_returned',
        params: { name: taken.assigneeName, minutes: String(minutes), team: team?.name ?? null },
      }),
      'conversation.rule_unanswered',
      (taken) => ({ from: taken.assigneeId, minutes, teamId: team?.id ?? null }),
    );
  }

  /** Agents offline longer than allowed lose the conversations waiting for an answer, with a note. */
  async takeFromOffline(userIds: string[], minutes: number): Promise<string[]> {
    if (userIds.length === 0) return [];
    return this.takeWithNote(
      (manager) => this.repository.takeFromOffline(manager, userIds),
      (taken) => ({
        code: 'workload.offline_reassigned',
        params: { name: taken.assigneeName, minutes: String(minutes) },
      }),
      'conversation.rule_offline',
      (taken) => ({ from: taken.assigneeId, minutes }),
    );
  }

  /**
   * Waiting for the person `days` days: each gets the reminder once (marked in the same statement that
   * finds it), with a note saying whether the channel let it go out.
   */
  async remindPending(days: number, text: string): Promise<string[]> {
    const taken = await this.repository.takeReminderDue(days);
    for (const conversation of taken) {
      const sent = await this.conversations.systemReply(conversation.id, text);
      await this.dataSource.transaction(async (manager) => {
        await this.conversations.appendNote(manager, conversation.id, SYSTEM_AUTHOR, {
          code: 'workload.reminder_sent',
          params: { days: String(days), sent: sent ? 'yes' : 'no' },
        });
        await this.audit.record(
          {
            actor: 'system',
            action: 'conversation.rule_reminder',
            conversationId: conversation.id,
            contactId: conversation.contactId,
            details: { days, sent: !!sent, ...(sent ? { messageId: sent.id } : {}) },
          },
          manager,
        );
      });
      await this.conversations.announce(conversation.id, null);
    }
    return taken.map((conversation) => conversation.id);
  }

  /** Still no word `days` days after the reminder: resolved, with a note. */
  async resolveAfterReminder(days: number): Promise<string[]> {
    const closed: string[] = [];
    for (const { id } of await this.repository.resolveDue(days)) {
      const done = await this.dataSource.transaction(async (manager) => {
        const row = await this.repository.lockPaused(manager, id);
        if (!row || !(await this.conversations.resolveBySystem(manager, id))) return false;
        const note = await this.conversations.appendNote(manager, id, SYSTEM_AUTHOR, {
          code: 'workload.resolved_no_answer',
          params: { days: String(days) },
        });
        await this.audit.record(
          {
            actor: 'system',
            action: 'conversation.rule_resolve',
            conversationId: id,
            contactId: row.contactId,
            details: { days, noteId: note.id },
          },
          manager,
        );
        return true;
      });
      if (!done) continue;
      closed.push(id);
      await this.conversations.announce(id, null);
    }
    return closed;
  }

  private async takeWithNote(
    take: (manager: EntityManager) => Promise<TakenConversation[]>,
    noteOf: (taken: TakenConversation) => SystemNote,
    action: string,
    detailsOf: (taken: TakenConversation) => Record<string, unknown>,
  ): Promise<string[]> {
    // The take is one conditional statement (of several replicas exactly one gets each conversation),
    // committed with its notes and access-log lines: nobody sees it taken without the note.
    const taken = await this.dataSource.transaction(async (manager: EntityManager) => {
      const rows = await take(manager);
      for (const conversation of rows) {
        await this.conversations.appendNote(manager, conversation.id, SYSTEM_AUTHOR, noteOf(conversation));
        await this.audit.record(
          {
            actor: 'system',
            action,
            conversationId: conversation.id,
            contactId: conversation.contactId,
            details: detailsOf(conversation),
          },
          manager,
        );
      }
      return rows;
    });
    for (const conversation of taken) await this.conversations.announce(conversation.id, null);
    return taken.map((conversation) => conversation.id);
  }

  // ── Four eyes ─────────────────────────────────────────────────────────────────────────────────────

  /** Another person approves: the reply goes out now (the wait counted in the response time). */
  async approve(actor: Actor, messageId: string): Promise<MessageView> {
    const conversationId = await this.decide(actor, messageId, async (manager, row, conversation) => {
      if (row.authorId === actor.id) throw new OwnReplyApprovalException();
      if (row.approvalState !== 'awaiting') throw new ApprovalConflictException(row.approvalState ?? 'sent');
      await this.repository.decide(manager, messageId, 'approved', actor.id, null);
      await this.conversations.sendAnswer(manager, conversation, {
        messageId,
        at: new Date(),
        byUserId: row.authorId,
        text: row.text,
        claim: true,
      });
      return { action: 'message.approve' };
    });
    this.conversations.wakeSender();
    return this.view(messageId, conversationId);
  }

  /** Another person sends it back to the writer with a remark; nothing goes out. */
  async returnReply(actor: Actor, messageId: string, remark: string): Promise<MessageView> {
    const conversationId = await this.decide(actor, messageId, async (manager, row) => {
      if (row.authorId === actor.id) throw new OwnReplyApprovalException();
      if (row.approvalState !== 'awaiting') throw new ApprovalConflictException(row.approvalState ?? 'sent');
      await this.repository.decide(manager, messageId, 'returned', actor.id, remark.trim());
      // In the thread too, so the writer and colleagues read why it did not go out.
      const note = await this.conversations.appendNote(manager, row.conversationId, actor, {
        code: 'approval.returned',
        params: { name: actor.name, remark: remark.trim() },
      });
      return { action: 'message.approval_returned', noteId: note.id };
    });
    return this.view(messageId, conversationId);
  }

  /** The writer (or a supervisor) takes the waiting reply back. */
  async withdraw(actor: Actor, messageId: string): Promise<MessageView> {
    const conversationId = await this.decide(actor, messageId, async (manager, row) => {
      if (row.authorId !== actor.id && !SUPERVISING.has(actor.role)) {
        throw new ForbiddenException('Only the writer can withdraw this reply');
      }
      if (row.approvalState !== 'awaiting') throw new ApprovalConflictException(row.approvalState ?? 'sent');
      await this.repository.decide(manager, messageId, 'withdrawn', actor.id, null);
      return { action: 'message.approval_withdrawn' };
    });
    return this.view(messageId, conversationId);
  }

  /** Locks the message, checks access, runs the decision and logs it, in one transaction. */
  private async decide(
    actor: Actor,
    messageId: string,
    decision: (
      manager: EntityManager,
      row: NonNullable<Awaited<ReturnType<ConversationsWorkloadRepository['lockApproval']>>>,
      conversation: ConversationEntity,
    ) => Promise<{ action: string; noteId?: string }>,
  ): Promise<string> {
    if (!UUID.test(messageId)) throw new MessageNotFoundException();
    const { conversationId, noteId } = await this.dataSource.transaction(async (manager) => {
      const row = await this.repository.lockApproval(manager, messageId);
      if (!row || !row.approvalState) throw new MessageNotFoundException();
      const conversation = await this.conversations.findAccessible(actor, row.conversationId);
      const { action, noteId } = await decision(manager, row, conversation);
      await this.audit.record(
        {
          actor,
          action,
          conversationId: row.conversationId,
          contactId: conversation.contactId,
          details: { messageId, writerId: row.authorId },
        },
        manager,
      );
      return { conversationId: row.conversationId, noteId };
    });
    await this.conversations.announceMessage(conversationId, messageId, true);
    if (noteId) await this.conversations.announceMessage(conversationId, noteId, false);
    await this.conversations.announce(conversationId, actor.id);
    await this.events.emit('approval.changed', { conversationId, messageId });
    return conversationId;
  }

  private async view(messageId: string, conversationId: string): Promise<MessageView> {
    const found = await this.conversations.threadMessage(messageId);
    if (!found) throw new MessageNotFoundException();
    void conversationId;
    return found.view;
  }
}
