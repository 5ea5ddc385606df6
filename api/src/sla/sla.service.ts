import { Injectable } from '@nestjs/common';
import {
  addBusinessTime,
  ALWAYS_OPEN,
  type BusinessCalendar,
  calendarProblems,
  type Channel,
  type CrisisPolicy,
  DEFAULT_CRISIS_POLICY,
  DEFAULT_OFFICE_HOURS,
  NEAR_BREACH_FRACTION,
  PRIORITIES,
  type Priority,
  type SlaPolicy,
  type SlaPolicySet,
} from '@webcare/shared';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/current-user';
import { AuditService } from '../audit/audit.service';
import { DomainEventBus } from '../events/domain-event-bus';
import { BusinessHoursEntity } from './business-hours.entity';
import { CrisisPolicyEntity } from './crisis-policy.entity';
import { FALLBACK_POLICIES } from './default-policies';
import { SlaPolicyInvalidException } from './sla.exception';
import { SlaPolicyEntity } from './sla-policy.entity';

export interface Deadline {
  dueAt: Date;
  /** When the last 20 % of the allowed time begins. */
  nearAt: Date;
}

export interface DeadlineInput {
  priority: Priority;
  channel: Channel;
  teamId: string | null;
  /** Provider time of the person's message the clock runs from. */
  start: Date;
}

/** Settings change rarely and every replica reads them on each message: keep them a few seconds. */
const CACHE_MS = 15_000;

interface Settings {
  policies: SlaPolicy[];
  calendars: Map<string | null, BusinessCalendar>;
  crisis: CrisisPolicy;
  loadedAt: number;
}

/**
 * SLA policies and business hours, and the deadlines computed from them. Deadlines are stored on the
 * conversation when it changes (sla_due_at, sla_near_at), so the queue sorts and warns without scanning.
 */
@Injectable()
export class SlaService {
  private settings: Settings | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  async getSettings(): Promise<SlaPolicySet> {
    const settings = await this.load();
    return {
      policies: settings.policies,
      businessHours: [...settings.calendars.entries()].map(([teamId, calendar]) => ({ teamId, ...calendar })),
      crisis: settings.crisis,
    };
  }

  /** How crisis and safeguarding work is chased (call-backs, on-call escalation). */
  async crisisPolicy(): Promise<CrisisPolicy> {
    return (await this.load()).crisis;
  }

  /** Replaces every policy and every set of opening hours, then recomputes the running deadlines. */
  async replaceSettings(actor: Actor, next: SlaPolicySet): Promise<SlaPolicySet> {
    this.validate(next);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM sla_policies');
      await manager.getRepository(SlaPolicyEntity).insert(
        next.policies.map((policy) => ({
          priority: policy.priority,
          channel: policy.channel ?? '*',
          firstResponseS: policy.firstResponseS,
          nextResponseS: policy.nextResponseS,
          resolutionS: policy.resolutionS,
          escalationPickupS: policy.escalationPickupS,
          businessHours: policy.businessHours,
        })),
      );
      await manager.query('DELETE FROM business_hours');
      await manager.getRepository(BusinessHoursEntity).insert(
        next.businessHours.map((hours) => ({
          teamId: hours.teamId,
          timeZone: hours.timeZone,
          alwaysOpen: hours.alwaysOpen,
          weekly: hours.weekly,
          holidays: hours.holidays,
          closedDates: hours.closedDates ?? [],
        })),
      );
      if (next.crisis) {
        await manager.getRepository(CrisisPolicyEntity).upsert(
          {
            id: 1,
            callBackDueS: next.crisis.callBackDueS,
            retryDueS: next.crisis.retryDueS,
            maxFailedAttempts: next.crisis.maxFailedAttempts,
            firstContactEscalateS: next.crisis.firstContactEscalateS,
            onCallTeamId: next.crisis.onCallTeamId,
          },
          ['id'],
        );
      }
      await this.audit.record(
        {
          actor,
          action: 'admin.sla_policies.change',
          details: { policies: next.policies.length, businessHours: next.businessHours.length },
        },
        manager,
      );
    });
    this.settings = null;
    // Conversations recompute their running deadlines before this answers.
    await this.events.emit('sla.settings.changed', {});
    return this.getSettings();
  }

  /** The policy for a priority on a channel: the channel's own row, else the priority's default. */
  async policyFor(priority: Priority, channel: Channel): Promise<SlaPolicy> {
    const { policies } = await this.load();
    return (
      policies.find((p) => p.priority === priority && p.channel === channel) ??
      policies.find((p) => p.priority === priority && p.channel === null) ??
      FALLBACK_POLICIES[priority]
    );
  }

  /** The opening hours a team counts in: its own, else the organisation's, else office hours. */
  async calendarFor(teamId: string | null): Promise<BusinessCalendar> {
    const { calendars } = await this.load();
    return (teamId ? calendars.get(teamId) : undefined) ?? calendars.get(null) ?? DEFAULT_OFFICE_HOURS;
  }

  async firstResponseDeadline(input: DeadlineInput): Promise<Deadline> {
    const policy = await this.policyFor(input.priority, input.channel);
    return this.deadline(input, policy.firstResponseS, policy.businessHours);
  }

  async nextResponseDeadline(input: DeadlineInput): Promise<Deadline> {
    const policy = await this.policyFor(input.priority, input.channel);
    return this.deadline(input, policy.nextResponseS, policy.businessHours);
  }

  async resolutionDeadline(input: DeadlineInput): Promise<Deadline> {
    const policy = await this.policyFor(input.priority, input.channel);
    return this.deadline(input, policy.resolutionS, policy.businessHours);
  }

  /**
   * When an advisor team must have picked up an escalation made at `input.start`. Pickup counts around
   * the clock: escalations carry crisis and safeguarding, and advisor teams keep an on-call rota.
   */
  async escalationPickupDeadline(input: DeadlineInput): Promise<Deadline> {
    const policy = await this.policyFor(input.priority, input.channel);
    return this.deadline(input, policy.escalationPickupS, false);
  }

  private deadline(input: DeadlineInput, seconds: number, businessHours: boolean): Promise<Deadline> {
    return (businessHours ? this.calendarFor(input.teamId) : Promise.resolve(ALWAYS_OPEN)).then(
      (calendar) => ({
        dueAt: addBusinessTime(input.start, seconds, calendar),
        nearAt: addBusinessTime(input.start, Math.round(seconds * NEAR_BREACH_FRACTION), calendar),
      }),
    );
  }

  private validate(next: SlaPolicySet): void {
    const seen = new Set<string>();
    for (const policy of next.policies) {
      const key = `${policy.priority}:${policy.channel ?? '*'}`;
      if (seen.has(key)) throw new SlaPolicyInvalidException(`two policies for ${key}`);
      seen.add(key);
    }
    for (const priority of PRIORITIES) {
      if (!seen.has(`${priority}:*`))
        throw new SlaPolicyInvalidException(`no default policy for ${priority}`);
    }
    const teams = new Set<string | null>();
    for (const hours of next.businessHours) {
      if (teams.has(hours.teamId))
        throw new SlaPolicyInvalidException('two sets of opening hours for one team');
      teams.add(hours.teamId);
      const problems = calendarProblems(hours);
      if (problems.length > 0) throw new SlaPolicyInvalidException(problems[0]);
    }
    if (!teams.has(null)) throw new SlaPolicyInvalidException('the organisation needs default opening hours');
  }

  private async load(): Promise<Settings> {
    if (this.settings && Date.now() - this.settings.loadedAt < CACHE_MS) return this.settings;
    const [policies, hours, crisis] = await Promise.all([
      this.dataSource.getRepository(SlaPolicyEntity).find({ order: { priority: 'ASC', channel: 'ASC' } }),
      this.dataSource.getRepository(BusinessHoursEntity).find(),
      this.dataSource.getRepository(CrisisPolicyEntity).findOne({ where: { id: 1 } }),
    ]);
    const calendars = new Map<string | null, BusinessCalendar>();
    for (const row of hours) {
      calendars.set(row.teamId, {
        timeZone: row.timeZone,
        alwaysOpen: row.alwaysOpen,
        weekly: row.weekly,
        holidays: row.holidays,
        closedDates: row.closedDates,
      });
    }
    const rank = (row: SlaPolicyEntity) =>
      PRIORITIES.indexOf(row.priority) * 100 + (row.channel === '*' ? 0 : 1);
    policies.sort((a, b) => rank(a) - rank(b) || a.channel.localeCompare(b.channel));
    this.settings = {
      policies: policies.map((row) => ({
        priority: row.priority,
        channel: row.channel === '*' ? null : (row.channel as Channel),
        firstResponseS: row.firstResponseS,
        nextResponseS: row.nextResponseS,
        resolutionS: row.resolutionS,
        escalationPickupS: row.escalationPickupS,
        businessHours: row.businessHours,
      })),
      calendars,
      crisis: crisis
        ? {
            callBackDueS: crisis.callBackDueS,
            retryDueS: crisis.retryDueS,
            maxFailedAttempts: crisis.maxFailedAttempts,
            firstContactEscalateS: crisis.firstContactEscalateS,
            onCallTeamId: crisis.onCallTeamId,
          }
        : DEFAULT_CRISIS_POLICY,
      loadedAt: Date.now(),
    };
    return this.settings;
  }
}
