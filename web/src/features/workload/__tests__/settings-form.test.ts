import { describe, expect, it } from 'vitest';
import type { WorkloadSettings } from '@webcare/shared';
import { fromDraft, toDraft, validateDraft } from '../lib/settings-form';

const SETTINGS: WorkloadSettings = {
  assignment: { mode: 'auto', maxOpenPerAgent: 5, reassignAfterOfflineMinutes: 10 },
  rules: {
    unansweredAfterAssignmentMinutes: null,
    unansweredReturnTeamId: null,
    pendingReminderDays: 3,
    pendingResolveDays: null,
    reminderText: 'Nog iets?',
    pendingOnReply: true,
  },
  approval: { publicReplies: 'sensitive' },
};

describe('workload settings form', () => {
  it('round-trips settings, empty meaning off', () => {
    const draft = toDraft(SETTINGS);
    expect(draft.unansweredAfterAssignmentMinutes).toBe('');
    expect(validateDraft(draft)).toEqual([]);
    expect(fromDraft(draft).rules).toMatchObject({
      unansweredAfterAssignmentMinutes: null,
      pendingReminderDays: 3,
    });
  });

  it('names each field out of range', () => {
    const draft = {
      ...toDraft(SETTINGS),
      maxOpenPerAgent: '0',
      reassignAfterOfflineMinutes: '',
      pendingReminderDays: '1.5',
      reminderText: ' ',
    };
    expect(validateDraft(draft).map((p) => [p.field, p.message])).toEqual([
      ['maxOpenPerAgent', 'workload.settings.invalid.max'],
      ['reassignAfterOfflineMinutes', 'workload.settings.invalid.minutes'],
      ['pendingReminderDays', 'workload.settings.invalid.days'],
      ['reminderText', 'workload.settings.invalid.reminder'],
    ]);
  });
});
