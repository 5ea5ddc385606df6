import { ESCALATION_MODES, ESCALATION_STATUSES } from '@webcare/shared';
import { pickupBreached, pickupDueAt } from './escalation-policy';
import { canTransition, isActive, refusalMessage, TRANSITIONS } from './escalation-state';

describe('escalation state machine', () => {
  it('allows exactly these transitions', () => {
    const allowed: string[] = [];
    for (const mode of ESCALATION_MODES) {
      for (const status of ESCALATION_STATUSES) {
        for (const action of ['accept', 'respond', 'return', 'close'] as const) {
          if (canTransition(mode, status, action)) {
            allowed.push(`${mode}:${status}-${action}->${TRANSITIONS[mode][action].to}`);
          }
        }
      }
    }
    expect(allowed.sort()).toEqual(
      [
        'consult:open-accept->accepted',
        'consult:open-close->closed',
        'consult:accepted-respond->answered',
        'consult:accepted-close->closed',
        'handover:open-accept->accepted',
        'handover:open-close->closed',
        'handover:accepted-respond->answered',
        'handover:accepted-return->returned',
        'handover:accepted-close->closed',
        'handover:answered-return->returned',
        'handover:answered-close->closed',
      ].sort(),
    );
  });

  it('keeps final statuses final', () => {
    for (const mode of ESCALATION_MODES) {
      for (const status of ['returned', 'closed'] as const) {
        expect(isActive(mode, status)).toBe(false);
      }
    }
    expect(isActive('consult', 'answered')).toBe(false);
    expect(isActive('handover', 'answered')).toBe(true);
  });

  it('explains a refusal in plain words', () => {
    expect(refusalMessage('consult', 'accepted', 'return')).toMatch(/Only a handover/);
    expect(refusalMessage('handover', 'closed', 'accept')).toBe(
      'An escalation that is closed cannot be accepted',
    );
  });
});

describe('pickup policy', () => {
  const at = new Date('2026-11-23T10:00:00Z');
  it.each([
    ['urgent', 10],
    ['high', 30],
    ['normal', 120],
    ['low', 480],
  ] as const)('gives %s escalations %i minutes', (priority, minutes) => {
    expect(pickupDueAt(priority, at).getTime() - at.getTime()).toBe(minutes * 60_000);
  });

  it('counts a pickup as breached when still open after the deadline or accepted after it', () => {
    const due = new Date('2026-11-23T10:10:00Z');
    expect(pickupBreached(due, null, new Date('2026-11-23T10:05:00Z'))).toBe(false);
    expect(pickupBreached(due, null, new Date('2026-11-23T10:11:00Z'))).toBe(true);
    expect(pickupBreached(due, new Date('2026-11-23T10:09:00Z'), new Date('2026-11-23T12:00:00Z'))).toBe(
      false,
    );
    expect(pickupBreached(due, new Date('2026-11-23T10:12:00Z'), new Date('2026-11-23T12:00:00Z'))).toBe(
      true,
    );
  });
});
