import { Injectable } from '@nestjs/common';
import {
  type EscalationMode,
  type EscalationStatus,
  type EscalationView,
  type SystemNote,
} from '@webcare/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { ConversationsService } from '../conversations/conversations.service';
import { queryRows } from '../database/sql';
import { DomainEventBus } from '../events/domain-event-bus';
import { SlaService } from '../sla/sla.service';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import { ESCALATION_SELECT, type EscalationRow, toEscalationView } from './escalation.presenter';
import {
  EscalationConflictException,
  EscalationForbiddenException,
  EscalationNotFoundException,
  EscalationTeamNotFoundException,
} from './escalation.exception';
import { type EscalationAction, isActive, refusalMessage, TRANSITIONS } from './escalation-state';

const SUPERVISING = new Set(['supervisor', 'admin']);
/** The inbox itself, when it escalates on its own (reads any conversation, writes as "system"). */
const SYSTEM: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  role: 'supervisor',
  name: 'Webcare Inbox',
  ip: null,
};

/** What a transition changes besides the escalation's status. */
interface TransitionEffect {
  /** The change to the conversation, asked of its owner inside the transition's transaction. */
  conversation?: (manager: EntityManager, conversationId: string) => Promise<void>;
  /** The note in the thread: the advisor's own words, or what the inbox records. */
  note?: string | SystemNote;
  response?: string;
}

@Injectable()
export class EscalationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly conversations: ConversationsService,
    private readonly users: UsersService,
    private readonly teams: TeamsService,
    private readonly events: DomainEventBus,
    private readonly audit: AuditService,
    private readonly sla: SlaService,
  ) {}

  /**
   * Escalates the conversation to a team. The team's advisors can read it from now on (team_id),
   * and it shows as escalated in the queue until the escalation is answered, returned or closed.
   */
  async create(
    by: Actor | 'system',
    conversationId: string,
    input: { teamId: string; mode: EscalationMode; reason: string },
  ): Promise<EscalationView> {
    const actor = by === 'system' ? SYSTEM : by;
    const conversation = await this.conversations.findAccessible(actor, conversationId);
    const team = UUID.test(input.teamId) ? await this.teams.findById(input.teamId) : null;
    if (!team) throw new EscalationTeamNotFoundException();
    const { id, note } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.conversations.lockPriority(manager, conversationId);
      const current: { mode: EscalationMode; status: EscalationStatus }[] = await manager.query(
        `SELECT mode, status FROM escalations WHERE conversation_id = $1 AND status IN ('open', 'accepted', 'answered')`,
        [conversationId],
      );
      if (current.some((e) => isActive(e.mode, e.status))) {
        throw new EscalationConflictException('This conversation already has an escalation in progress');
      }
      const priority = locked ?? conversation.priority;
      const now = new Date();
      const pickup = await this.sla.escalationPickupDeadline({
        priority,
        channel: conversation.channel,
        teamId: input.teamId,
        start: now,
      });
      const inserted = await queryRows<{ id: string }>(
        manager,
        `INSERT INTO escalations (conversation_id, team_id, mode, status, reason, priority, requested_by, due_at, created_at)
         VALUES ($1, $2, $3, 'open', $4, $5, $6, $7, $8) RETURNING id`,
        [
          conversationId,
          input.teamId,
          input.mode,
          input.reason,
          priority,
          by === 'system' ? null : actor.id,
          pickup.dueAt,
          now,
        ],
      );
      const escalationId = inserted[0]!.id;
      await this.conversations.assignTeam(manager, conversationId, input.teamId);
      const written = await this.conversations.appendNote(
        manager,
        conversationId,
        by === 'system' ? { id: null, name: SYSTEM.name } : actor,
        {
          code: 'escalation.created',
          params: { team: team.name, mode: input.mode, reason: input.reason },
        },
      );
      await this.audit.record(
        {
          actor: by,
          action: 'escalation.create',
          conversationId,
          contactId: conversation.contactId,
          details: { escalationId, teamId: input.teamId, mode: input.mode },
        },
        manager,
      );
      return { id: escalationId, note: written };
    });
    return this.announce(id, true, by === 'system' ? null : actor, note?.id);
  }

  /**
   * Crisis or safeguarding work goes to the advisors on call (the crisis policy's team, else the first
   * advisor team by name) as a handover, and supervisors are told. Null when an escalation is already
   * in progress: someone is on it.
   */
  async toOnCall(
    conversationId: string,
    why: 'call_back_failed' | 'first_contact_overdue',
    by: Actor | 'system',
    detail: { attempts?: number; minutes?: number },
  ): Promise<EscalationView | null> {
    const policy = await this.sla.crisisPolicy();
    const team =
      (policy.onCallTeamId ? await this.teams.findById(policy.onCallTeamId) : null) ??
      (await this.teams.list())[0];
    if (!team) return null;
    const reason =
      why === 'call_back_failed'
        ? `Crisis of onveilige situatie: ${detail.attempts ?? 0} belpogingen zonder gehoor. Dienstdoende zorgadviseur nodig.`
        : `Crisis of onveilige situatie: na ${detail.minutes ?? 0} minuten nog geen eerste contact. Dienstdoende zorgadviseur nodig.`;
    try {
      const escalation = await this.create(by, conversationId, { teamId: team.id, mode: 'handover', reason });
      await this.events.emit('crisis.on_call', { conversationId, escalationId: escalation.id, reason: why });
      return escalation;
    } catch (error) {
      if (error instanceof EscalationConflictException) return null;
      throw error;
    }
  }

  /** Advisor: the open escalations of their teams; agent: the ones they asked; supervisor/admin: all. */
  async list(
    actor: Actor,
    query: { status?: EscalationStatus[]; conversation?: string },
  ): Promise<{ items: EscalationView[] }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.status?.length) where.push(`e.status = ANY(${param(query.status)}::text[])`);
    if (query.conversation) {
      // Whoever may read the conversation sees all of its escalations (the context of the thread).
      await this.conversations.findAccessible(actor, query.conversation);
      where.push(`e.conversation_id = ${param(query.conversation)}`);
    } else if (actor.role === 'advisor') {
      where.push(`e.team_id = ANY(${param(await this.users.teamIdsOf(actor.id))}::uuid[])`);
    } else if (!SUPERVISING.has(actor.role)) {
      where.push(`e.requested_by = ${param(actor.id)}`);
    }
    const rows: EscalationRow[] = await this.dataSource.query(
      `${ESCALATION_SELECT}
        WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
        ORDER BY c.priority_rank, e.due_at, e.created_at, e.id
        LIMIT 200`,
      params,
    );
    const now = new Date();
    return { items: rows.map((row) => toEscalationView(row, now)) };
  }

  async get(actor: Actor, id: string): Promise<EscalationView> {
    const row = await this.find(id);
    await this.assertCanRead(actor, row);
    return toEscalationView(row);
  }

  /** An advisor of the team picks it up. One statement decides, so of two advisors exactly one wins. */
  accept(actor: Actor, id: string): Promise<EscalationView> {
    return this.transition(actor, id, 'accept', async (row) => {
      if (actor.role !== 'advisor') {
        throw new EscalationForbiddenException('Only care advisors can accept an escalation');
      }
      if (!(await this.users.teamIdsOf(actor.id)).includes(row.team_id)) {
        throw new EscalationForbiddenException('This escalation is for a team you are not in');
      }
      return row.mode === 'handover'
        ? {
            conversation: (manager, conversationId) =>
              this.conversations.handOver(manager, conversationId, actor.id),
            note: { code: 'escalation.taken_over', params: { name: actor.name } },
          }
        : {};
    });
  }

  /** The advisor's answer: an internal note in the thread, never sent to the person. */
  respond(actor: Actor, id: string, text: string): Promise<EscalationView> {
    return this.transition(actor, id, 'respond', (row) => {
      this.assertAcceptedBy(actor, row, false);
      return {
        note: text,
        response: text,
        // Consult: the agent has the advice and answers the person; the conversation is theirs again.
        conversation:
          row.mode === 'consult'
            ? (manager, conversationId) => this.conversations.endEscalation(manager, conversationId)
            : undefined,
      };
    });
  }

  /** Handover: the conversation goes back to the agent who escalated it. */
  return(actor: Actor, id: string): Promise<EscalationView> {
    return this.transition(actor, id, 'return', (row) => {
      this.assertAcceptedBy(actor, row, true);
      return {
        conversation: (manager, conversationId) =>
          this.conversations.endEscalation(manager, conversationId, row.requested_by),
        note: { code: 'escalation.returned', params: { name: actor.name, to: row.requested_by_name } },
      };
    });
  }

  /**
   * Open: withdrawn by whoever asked (or a supervisor). Accepted or answered: ended by the advisor
   * (or a supervisor); a closed handover resolves the conversation.
   */
  close(actor: Actor, id: string): Promise<EscalationView> {
    return this.transition(actor, id, 'close', (row) => {
      if (row.status === 'open') {
        if (row.requested_by !== actor.id && !SUPERVISING.has(actor.role)) {
          throw new EscalationForbiddenException(
            'Only who asked, or a supervisor, can withdraw an escalation',
          );
        }
        return {
          conversation: (manager, conversationId) =>
            this.conversations.endEscalation(manager, conversationId),
          note: { code: 'escalation.withdrawn', params: { name: actor.name } },
        };
      }
      this.assertAcceptedBy(actor, row, true);
      if (row.mode === 'handover') {
        return {
          conversation: (manager, conversationId) =>
            this.conversations.resolveHandover(manager, conversationId),
          note: { code: 'escalation.handover_closed', params: { name: actor.name } },
        };
      }
      return {
        conversation: (manager, conversationId) => this.conversations.endEscalation(manager, conversationId),
        note: { code: 'escalation.closed_without_advice', params: { name: actor.name } },
      };
    });
  }

  private assertAcceptedBy(actor: Actor, row: EscalationRow, supervisorsToo: boolean): void {
    if (row.accepted_by === actor.id) return;
    if (supervisorsToo && SUPERVISING.has(actor.role)) return;
    throw new EscalationForbiddenException(
      row.accepted_by
        ? `${row.accepted_by_name ?? 'Another advisor'} handles this escalation`
        : 'Only the advisor who accepted this escalation can do this',
    );
  }

  /**
   * One explicit transition: check who may, then a single conditional UPDATE … WHERE status IN (from)
   * that either wins or tells why not (409), with the conversation change, note and audit entry in
   * the same transaction.
   */
  private async transition(
    actor: Actor,
    id: string,
    action: EscalationAction,
    decide: (row: EscalationRow) => TransitionEffect | Promise<TransitionEffect>,
  ): Promise<EscalationView> {
    const row = await this.find(id);
    const rule = TRANSITIONS[row.mode][action];
    if (actor.role === 'advisor' && !(await this.users.teamIdsOf(actor.id)).includes(row.team_id)) {
      throw new EscalationForbiddenException('This escalation is for a team you are not in');
    }
    if (!rule.from.includes(row.status)) {
      // Say why, unless the actor may not act on it at all.
      if (action !== 'accept' || actor.role === 'advisor') {
        throw new EscalationConflictException(refusalMessage(row.mode, row.status, action));
      }
    }
    const effect = await decide(row);
    const note = await this.dataSource.transaction(async (manager) => {
      const params: unknown[] = [];
      const param = (value: unknown): string => {
        params.push(value);
        return `$${params.length}`;
      };
      const stamp =
        action === 'accept'
          ? `accepted_by = ${param(actor.id)}, accepted_at = now()`
          : action === 'respond'
            ? `response = ${param(effect.response ?? null)}, answered_at = now()`
            : 'closed_at = now()';
      const updated = await queryRows<{ id: string }>(
        manager,
        `UPDATE escalations SET status = ${param(rule.to)}, ${stamp}, updated_at = now()
          WHERE id = ${param(id)} AND status = ANY(${param([...rule.from])}::text[]) RETURNING id`,
        params,
      );
      if (updated.length === 0) {
        const now = await this.find(id);
        const winner =
          action === 'accept' && now.accepted_by_name
            ? `${now.accepted_by_name} accepted this escalation already`
            : refusalMessage(now.mode, now.status, action);
        throw new EscalationConflictException(winner);
      }
      await effect.conversation?.(manager, row.conversation_id);
      const written = effect.note
        ? await this.conversations.appendNote(manager, row.conversation_id, actor, effect.note)
        : undefined;
      await this.audit.record(
        {
          actor,
          action: `escalation.${action}`,
          conversationId: row.conversation_id,
          contactId: row.contact_id,
          details: { escalationId: id, from: row.status, to: rule.to, messageId: written?.id ?? null },
        },
        manager,
      );
      return written;
    });
    return this.announce(id, false, actor, note?.id);
  }

  private async find(id: string): Promise<EscalationRow> {
    if (!UUID.test(id)) throw new EscalationNotFoundException();
    const rows: EscalationRow[] = await this.dataSource.query(`${ESCALATION_SELECT} WHERE e.id = $1`, [id]);
    if (!rows[0]) throw new EscalationNotFoundException();
    return rows[0];
  }

  private async assertCanRead(actor: Actor, row: EscalationRow): Promise<void> {
    if (SUPERVISING.has(actor.role) || row.requested_by === actor.id) return;
    if (actor.role === 'advisor') {
      if ((await this.users.teamIdsOf(actor.id)).includes(row.team_id)) return;
      throw new EscalationForbiddenException('This escalation is for a team you are not in');
    }
    await this.conversations.findAccessible(actor, row.conversation_id);
  }

  /** The escalation as everyone who may follow it sees it, without an actor (realtime pushes). */
  async view(id: string): Promise<EscalationView> {
    return toEscalationView(await this.find(id));
  }

  /** After commit: the escalation changed, its note is in the thread, the queue row changed. */
  private async announce(
    id: string,
    created: boolean,
    actor: Actor | null,
    noteId?: string,
  ): Promise<EscalationView> {
    const row = await this.find(id);
    await this.events.emit('escalation.changed', { escalationId: id, created });
    if (noteId) {
      await this.events.emit('message.recorded', { conversationId: row.conversation_id, messageId: noteId });
    }
    await this.events.emit('conversation.changed', {
      conversationId: row.conversation_id,
      byUserId: actor?.id ?? null,
    });
    return toEscalationView(row);
  }

  /** Whether the person has an escalation still open (erasure asks for a confirm then). */
  async openForContact(contactId: string): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM escalations e JOIN conversations c ON c.id = e.conversation_id
        WHERE c.contact_id = $1 AND e.status IN ('open', 'accepted')`,
      [contactId],
    );
    return row.n;
  }

  /** Erasure and notes retention: the request and the advisor's answer may describe the person. */
  async eraseTexts(manager: EntityManager, conversationIds: string[], label: string): Promise<number> {
    if (conversationIds.length === 0) return 0;
    const rows = await manager.query<[unknown[], number]>(
      `UPDATE escalations SET reason = $2, response = CASE WHEN response IS NULL THEN NULL ELSE $2 END
        WHERE conversation_id = ANY($1) AND (reason <> $2 OR response <> $2) RETURNING id`,
      [conversationIds, label],
    );
    return rows[1];
  }

  /** The person's escalations (subject export). */
  async forConversations(conversationIds: string[]): Promise<
    {
      id: string;
      conversationId: string;
      mode: string;
      status: string;
      reason: string;
      response: string | null;
      createdAt: Date;
    }[]
  > {
    return this.dataSource.query(
      `SELECT id, conversation_id AS "conversationId", mode, status, reason, response, created_at AS "createdAt"
         FROM escalations WHERE conversation_id = ANY($1) ORDER BY created_at`,
      [conversationIds],
    );
  }
}
