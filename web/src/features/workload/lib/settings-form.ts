import type { MessageKey } from '../../../i18n/nl';
import type { WorkloadSettings } from '@webcare/shared';

/** The settings form as typed: numbers as text, so an empty field means "off". */
export interface SettingsDraft {
  mode: 'auto' | 'manual';
  maxOpenPerAgent: string;
  reassignAfterOfflineMinutes: string;
  unansweredAfterAssignmentMinutes: string;
  pendingReminderDays: string;
  pendingResolveDays: string;
  reminderText: string;
  pendingOnReply: boolean;
  publicReplies: 'never' | 'sensitive' | 'always';
}

export function toDraft(settings: WorkloadSettings): SettingsDraft {
  const text = (value: number | null) => (value === null ? '' : String(value));
  return {
    mode: settings.assignment.mode,
    maxOpenPerAgent: String(settings.assignment.maxOpenPerAgent),
    reassignAfterOfflineMinutes: String(settings.assignment.reassignAfterOfflineMinutes),
    unansweredAfterAssignmentMinutes: text(settings.rules.unansweredAfterAssignmentMinutes),
    pendingReminderDays: text(settings.rules.pendingReminderDays),
    pendingResolveDays: text(settings.rules.pendingResolveDays),
    reminderText: settings.rules.reminderText,
    pendingOnReply: settings.rules.pendingOnReply,
    publicReplies: settings.approval.publicReplies,
  };
}

const whole = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);

export type DraftProblem = { field: keyof SettingsDraft; message: MessageKey };

/**
 * Checks the draft as the API does (maximum ≥ 1, minutes and days ≥ 1 or empty for off), so the
 * supervisor reads what is wrong in the console's language before anything is sent.
 */
export function validateDraft(draft: SettingsDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const atLeastOne = (text: string) => (whole(text) ?? 0) >= 1;
  const optional = (text: string) => text.trim() === '' || atLeastOne(text);
  if (!atLeastOne(draft.maxOpenPerAgent)) {
    problems.push({ field: 'maxOpenPerAgent', message: 'workload.settings.invalid.max' });
  }
  if (!atLeastOne(draft.reassignAfterOfflineMinutes)) {
    problems.push({ field: 'reassignAfterOfflineMinutes', message: 'workload.settings.invalid.minutes' });
  }
  if (!optional(draft.unansweredAfterAssignmentMinutes)) {
    problems.push({
      field: 'unansweredAfterAssignmentMinutes',
      message: 'workload.settings.invalid.minutes',
    });
  }
  if (!optional(draft.pendingReminderDays)) {
    problems.push({ field: 'pendingReminderDays', message: 'workload.settings.invalid.days' });
  }
  if (!optional(draft.pendingResolveDays)) {
    problems.push({ field: 'pendingResolveDays', message: 'workload.settings.invalid.days' });
  }
  if (draft.reminderText.trim() === '') {
    problems.push({ field: 'reminderText', message: 'workload.settings.invalid.reminder' });
  }
  return problems;
}

/** The three requests a valid draft becomes. */
export function fromDraft(draft: SettingsDraft) {
  const optional = (text: string) => (text.trim() === '' ? null : Number(text));
  return {
    assignment: {
      mode: draft.mode,
      maxOpenPerAgent: Number(draft.maxOpenPerAgent),
      reassignAfterOfflineMinutes: Number(draft.reassignAfterOfflineMinutes),
    },
    rules: {
      unansweredAfterAssignmentMinutes: optional(draft.unansweredAfterAssignmentMinutes),
      pendingReminderDays: optional(draft.pendingReminderDays),
      pendingResolveDays: optional(draft.pendingResolveDays),
      reminderText: draft.reminderText.trim(),
      pendingOnReply: draft.pendingOnReply,
    },
    approval: { publicReplies: draft.publicReplies },
  };
}
