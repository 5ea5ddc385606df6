import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  APPROVAL_POLICIES,
  ASSIGNMENT_MODES,
  type ApprovalSettings,
  type AssignmentSettings,
  type RuleSettings,
  type WorkloadSettings,
} from '@webcare/shared';
import type { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { WorkloadSettingsEntity } from './workload-settings.entity';
import { WorkloadSettingsInvalidException } from './workload.exception';

const ROW_ID = 'organisation';

export const DEFAULT_REMINDER_TEXT =
  'We hebben nog niets van u gehoord. Heeft u ons nog iets te sturen of te vragen? Reageer dan op dit bericht.';

/** Plain words for each problem, Dutch first. */
const PROBLEMS = {
  mode: { nl: 'Kies automatisch of handmatig toewijzen.', en: 'Choose automatic or manual assignment.' },
  max: {
    nl: 'Het maximum aantal open gesprekken per medewerker moet een heel getal van minimaal 1 zijn.',
    en: 'The maximum of open conversations per agent must be a whole number of at least 1.',
  },
  minutes: {
    nl: 'Het aantal minuten moet een heel getal van minimaal 1 zijn.',
    en: 'The number of minutes must be a whole number of at least 1.',
  },
  days: {
    nl: 'Het aantal dagen moet een heel getal van minimaal 1 zijn.',
    en: 'The number of days must be a whole number of at least 1.',
  },
  team: { nl: 'Dit team bestaat niet.', en: 'This team does not exist.' },
  reminder: {
    nl: 'De herinnering moet tekst bevatten (hoogstens 1000 tekens).',
    en: 'The reminder needs text (at most 1000 characters).',
  },
  policy: {
    nl: 'Kies nooit, gevoelig of altijd voor goedkeuring van openbare antwoorden.',
    en: 'Choose never, sensitive or always for approval of public replies.',
  },
} as const;
type Problem = keyof typeof PROBLEMS;
export type Language = 'nl' | 'en';

/** The console's language from an Accept-Language header: English when it asks for it first, else Dutch. */
export function languageOf(header: string | undefined): Language {
  return /^\s*en\b/i.test(header ?? '') ? 'en' : 'nl';
}

const wholeAtLeastOne = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1_000_000;

/**
 * Owner of `workload_settings`: how conversations are assigned, the rules over time and the four-eyes
 * policy. Read on every assignment round and public reply (one primary-key lookup).
 */
@Injectable()
export class WorkloadSettingsService {
  constructor(
    @InjectRepository(WorkloadSettingsEntity) private readonly rows: Repository<WorkloadSettingsEntity>,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<WorkloadSettings> {
    return toSettings(await this.row());
  }

  async assignment(): Promise<AssignmentSettings> {
    return (await this.get()).assignment;
  }

  async rules(): Promise<RuleSettings> {
    return (await this.get()).rules;
  }

  async approval(): Promise<ApprovalSettings> {
    return (await this.get()).approval;
  }

  async setAssignment(
    actor: Actor,
    input: Partial<AssignmentSettings>,
    language: Language,
    teamExists: (id: string) => Promise<boolean>,
  ): Promise<WorkloadSettings> {
    void teamExists;
    const fail = (problem: Problem) => new WorkloadSettingsInvalidException(PROBLEMS[problem][language]);
    const current = await this.row();
    if (input.mode !== undefined && !ASSIGNMENT_MODES.includes(input.mode)) throw fail('mode');
    if (input.maxOpenPerAgent !== undefined && !wholeAtLeastOne(input.maxOpenPerAgent)) throw fail('max');
    if (
      input.reassignAfterOfflineMinutes !== undefined &&
      !wholeAtLeastOne(input.reassignAfterOfflineMinutes)
    ) {
      throw fail('minutes');
    }
    if (input.mode !== undefined) current.assignmentMode = input.mode;
    if (input.maxOpenPerAgent !== undefined) current.maxOpenPerAgent = input.maxOpenPerAgent;
    if (input.reassignAfterOfflineMinutes !== undefined) {
      current.reassignAfterOfflineMinutes = input.reassignAfterOfflineMinutes;
    }
    return this.save(actor, current, 'settings.assignment', { ...input });
  }

  async setRules(
    actor: Actor,
    input: Partial<RuleSettings>,
    language: Language,
    teamExists: (id: string) => Promise<boolean>,
  ): Promise<WorkloadSettings> {
    const fail = (problem: Problem) => new WorkloadSettingsInvalidException(PROBLEMS[problem][language]);
    const current = await this.row();
    const optional = (value: unknown) => value === null || wholeAtLeastOne(value);
    if (
      input.unansweredAfterAssignmentMinutes !== undefined &&
      !optional(input.unansweredAfterAssignmentMinutes)
    ) {
      throw fail('minutes');
    }
    if (input.pendingReminderDays !== undefined && !optional(input.pendingReminderDays)) throw fail('days');
    if (input.pendingResolveDays !== undefined && !optional(input.pendingResolveDays)) throw fail('days');
    if (input.unansweredReturnTeamId !== undefined && input.unansweredReturnTeamId !== null) {
      if (
        typeof input.unansweredReturnTeamId !== 'string' ||
        !UUID.test(input.unansweredReturnTeamId) ||
        !(await teamExists(input.unansweredReturnTeamId))
      ) {
        throw fail('team');
      }
    }
    if (
      input.reminderText !== undefined &&
      (typeof input.reminderText !== 'string' ||
        input.reminderText.trim() === '' ||
        input.reminderText.length > 1000)
    ) {
      throw fail('reminder');
    }
    if (input.pendingOnReply !== undefined && typeof input.pendingOnReply !== 'boolean') throw fail('mode');
    if (input.unansweredAfterAssignmentMinutes !== undefined) {
      current.unansweredAfterAssignmentMinutes = input.unansweredAfterAssignmentMinutes;
    }
    if (input.unansweredReturnTeamId !== undefined)
      current.unansweredReturnTeamId = input.unansweredReturnTeamId;
    if (input.pendingReminderDays !== undefined) current.pendingReminderDays = input.pendingReminderDays;
    if (input.pendingResolveDays !== undefined) current.pendingResolveDays = input.pendingResolveDays;
    if (input.reminderText !== undefined) current.reminderText = input.reminderText.trim();
    if (input.pendingOnReply !== undefined) current.pendingOnReply = input.pendingOnReply;
    const { reminderText: _text, ...logged } = input;
    return this.save(actor, current, 'settings.rules', logged);
  }

  async setApproval(
    actor: Actor,
    input: Partial<ApprovalSettings>,
    language: Language,
  ): Promise<WorkloadSettings> {
    const current = await this.row();
    if (input.publicReplies === undefined || !APPROVAL_POLICIES.includes(input.publicReplies)) {
      throw new WorkloadSettingsInvalidException(PROBLEMS.policy[language]);
    }
    current.approvalPublicReplies = input.publicReplies;
    return this.save(actor, current, 'settings.approval', { ...input });
  }

  private async save(
    actor: Actor,
    row: WorkloadSettingsEntity,
    action: string,
    details: Record<string, unknown>,
  ): Promise<WorkloadSettings> {
    const saved = await this.rows.save(row);
    await this.audit.record({ actor, action, details });
    return toSettings(saved);
  }

  private async row(): Promise<WorkloadSettingsEntity> {
    const found = await this.rows.findOneBy({ id: ROW_ID });
    if (found) return found;
    await this.rows.createQueryBuilder().insert().values({ id: ROW_ID }).orIgnore().execute();
    return (await this.rows.findOneBy({ id: ROW_ID }))!;
  }
}

function toSettings(row: WorkloadSettingsEntity): WorkloadSettings {
  return {
    assignment: {
      mode: row.assignmentMode,
      maxOpenPerAgent: row.maxOpenPerAgent,
      reassignAfterOfflineMinutes: row.reassignAfterOfflineMinutes,
    },
    rules: {
      unansweredAfterAssignmentMinutes: row.unansweredAfterAssignmentMinutes,
      unansweredReturnTeamId: row.unansweredReturnTeamId,
      pendingReminderDays: row.pendingReminderDays,
      pendingResolveDays: row.pendingResolveDays,
      reminderText: row.reminderText ?? DEFAULT_REMINDER_TEXT,
      pendingOnReply: row.pendingOnReply,
    },
    approval: { publicReplies: row.approvalPublicReplies },
  };
}
