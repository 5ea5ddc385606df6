import { Injectable, Logger } from '@nestjs/common';
import { CHANNELS, type AgentPresence, type PresenceChoice, type WorkloadSettings } from '@webcare/shared';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { ConversationsWorkloadService } from '../conversations/conversations-workload.service';
import { DomainEventBus } from '../events/domain-event-bus';
import type { DomainEvents } from '../events/domain-events';
import { OnDomainEvent } from '../events/domain-events';
import { TeamsService } from '../teams/teams.service';
import { UsersService } from '../users/users.service';
import { PresenceRepository } from './presence.repository';
import { type Language, WorkloadSettingsService } from './workload-settings.service';
import { WorkloadSettingsInvalidException } from './workload.exception';

const LANGUAGES = ['nl', 'en'];

/**
 * Presence of the people working the queue, auto-assignment rounds and the rules over time. The rounds
 * and rules decide in the database (see ConversationsWorkloadService); this decides when to run them.
 */
@Injectable()
export class WorkloadService {
  private readonly logger = new Logger(WorkloadService.name);
  /** One round at a time in this process; a request during a round asks for one more after it. */
  private round: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly presence: PresenceRepository,
    private readonly settings: WorkloadSettingsService,
    private readonly conversations: ConversationsWorkloadService,
    private readonly teams: TeamsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  // ── Presence ──────────────────────────────────────────────────────────────────────────────────────

  async connected(socketId: string, userId: string): Promise<void> {
    await this.presence.connect(socketId, userId);
    await this.events.emit('presence.changed', { userId });
  }

  async disconnected(socketId: string, userId: string): Promise<void> {
    await this.presence.disconnect(socketId, userId);
    await this.events.emit('presence.changed', { userId });
  }

  async refresh(socketIds: string[]): Promise<void> {
    await this.presence.refresh(socketIds);
  }

  async setOwnPresence(actor: Actor, state: 'online' | 'away'): Promise<AgentPresence> {
    const choice: PresenceChoice = state === 'away' ? 'away' : 'available';
    await this.presence.setChoice(actor.id, choice);
    await this.audit.record({ actor, action: 'presence.set', details: { state } });
    await this.events.emit('presence.changed', { userId: actor.id });
    return (await this.list(actor.id))[0]!;
  }

  async setSkills(
    actor: Actor,
    userId: string,
    input: { languages: string[]; channels: string[] },
    language: Language,
  ): Promise<AgentPresence> {
    const bad =
      !UUID.test(userId) ||
      !input.languages.every((l) => LANGUAGES.includes(l)) ||
      !input.channels.every((c) => (CHANNELS as readonly string[]).includes(c));
    if (bad) {
      throw new WorkloadSettingsInvalidException(
        language === 'en'
          ? 'Skills are languages (nl, en) and channels the inbox knows.'
          : 'Vaardigheden zijn talen (nl, en) en kanalen die de inbox kent.',
      );
    }
    const [person] = await this.list(userId);
    if (!person) {
      throw new WorkloadSettingsInvalidException(
        language === 'en' ? 'This person does not exist.' : 'Deze persoon bestaat niet.',
      );
    }
    await this.presence.setSkills(userId, [...new Set(input.languages)], [...new Set(input.channels)]);
    await this.audit.record({ actor, action: 'presence.skills', details: { userId, ...input } });
    await this.events.emit('presence.changed', { userId });
    return (await this.list(userId))[0]!;
  }

  async list(userId?: string): Promise<AgentPresence[]> {
    const rows = await this.presence.list(userId);
    const loads = await this.conversations.openLoads(rows.map((row) => row.userId));
    return rows.map((row) => ({
      userId: row.userId,
      name: row.name,
      role: row.role,
      state: row.state,
      open: loads.get(row.userId) ?? 0,
      lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt).toISOString() : null,
      languages: row.languages,
      channels: row.channels,
    }));
  }

  // ── Settings ──────────────────────────────────────────────────────────────────────────────────────

  getSettings(): Promise<WorkloadSettings> {
    return this.settings.get();
  }

  async setAssignment(
    actor: Actor,
    input: Parameters<WorkloadSettingsService['setAssignment']>[1],
    language: Language,
  ): Promise<WorkloadSettings> {
    const saved = await this.settings.setAssignment(actor, input, language, (id) => this.teamExists(id));
    this.requestRound();
    return saved;
  }

  setRules(
    actor: Actor,
    input: Parameters<WorkloadSettingsService['setRules']>[1],
    language: Language,
  ): Promise<WorkloadSettings> {
    return this.settings.setRules(actor, input, language, (id) => this.teamExists(id));
  }

  setApproval(
    actor: Actor,
    input: Parameters<WorkloadSettingsService['setApproval']>[1],
    language: Language,
  ): Promise<WorkloadSettings> {
    return this.settings.setApproval(actor, input, language);
  }

  private async teamExists(id: string): Promise<boolean> {
    return (await this.teams.list()).some((team) => team.id === id);
  }

  // ── Assignment rounds ─────────────────────────────────────────────────────────────────────────────

  /**
   * New or reopened work, or an agent came online or has room again: a round, after the caller's
   * change was announced (never in its way: a crisis is in the queue and the lane before it is given).
   */
  @OnDomainEvent('conversation.changed')
  onConversationChanged(): void {
    this.requestRound();
  }

  @OnDomainEvent('presence.changed')
  onPresenceChanged(_event: DomainEvents['presence.changed']): void {
    this.requestRound();
  }

  requestRound(): void {
    if (this.round) {
      this.again = true;
      return;
    }
    this.round = (async () => {
      do {
        this.again = false;
        await this.assignNow().catch((error: unknown) => {
          this.logger.warn(`Assignment round failed: ${error instanceof Error ? error.name : 'Error'}`);
        });
      } while (this.again);
    })().finally(() => {
      this.round = null;
    });
  }

  /** Waits for the running round, if any (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.round) await this.round;
  }

  /** One round, in auto mode: waiting work to online agents with room. */
  async assignNow(): Promise<number> {
    const { mode, maxOpenPerAgent } = await this.settings.assignment();
    if (mode !== 'auto') return 0;
    const agents = await this.presence.onlineAgents();
    const available = await Promise.all(
      agents.map(async (agent) => ({
        userId: agent.userId,
        name: agent.name,
        languages: agent.languages,
        channels: agent.channels,
        teamIds: await this.users.teamIdsOf(agent.userId),
      })),
    );
    const done = await this.conversations.assignRound(available, maxOpenPerAgent);
    return done.length;
  }

  // ── Rules over time (run by the job queue: once per interval across replicas) ───────────────────

  async runRules(): Promise<{ returned: number; freed: number; reminded: number; resolved: number }> {
    const { assignment, rules } = await this.settings.get();
    let returned = 0;
    let freed = 0;
    if (rules.unansweredAfterAssignmentMinutes) {
      const team = rules.unansweredReturnTeamId
        ? ((await this.teams.list()).find((t) => t.id === rules.unansweredReturnTeamId) ?? null)
        : null;
      returned = (
        await this.conversations.returnUnanswered(
          rules.unansweredAfterAssignmentMinutes,
          team ? { id: team.id, name: team.name } : null,
        )
      ).length;
    }
    if (assignment.mode === 'auto') {
      const offline = await this.presence.offlineLongerThan(assignment.reassignAfterOfflineMinutes);
      freed = (await this.conversations.takeFromOffline(offline, assignment.reassignAfterOfflineMinutes))
        .length;
    }
    const reminded = rules.pendingReminderDays
      ? (await this.conversations.remindPending(rules.pendingReminderDays, rules.reminderText)).length
      : 0;
    const resolved =
      rules.pendingReminderDays && rules.pendingResolveDays
        ? (await this.conversations.resolveAfterReminder(rules.pendingResolveDays)).length
        : 0;
    if (assignment.mode === 'auto') await this.assignNow();
    return { returned, freed, reminded, resolved };
  }
}
