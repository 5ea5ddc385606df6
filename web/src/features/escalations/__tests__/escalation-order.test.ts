import { describe, expect, it } from 'vitest';
import type { EscalationView } from '@webcare/shared';
import { compareEscalations, isBreached } from '../lib/escalation-order';

function escalation(id: string, change: Partial<EscalationView> = {}): EscalationView {
  return {
    id,
    conversationId: `c-${id}`,
    teamId: 't1',
    mode: 'consult',
    status: 'open',
    reason: 'Advies graag',
    createdAt: '2026-03-18T10:00:00.000Z',
    dueAt: '2026-03-18T10:30:00.000Z',
    priority: 'normal',
    pickupBreached: false,
    teamName: 'Regio Noord',
    contact: { id: 'p1', displayName: 'Kees' },
    requestedBy: null,
    acceptedBy: null,
    acceptedAt: null,
    response: null,
    answeredAt: null,
    closedAt: null,
    ...change,
  };
}

describe('compareEscalations', () => {
  it('puts urgency first, then the pickup deadline, then the oldest', () => {
    const list = [
      escalation('late', { dueAt: '2026-03-18T11:00:00Z' }),
      escalation('urgent', { priority: 'urgent', dueAt: '2026-03-18T12:00:00Z' }),
      escalation('soon', { dueAt: '2026-03-18T10:10:00Z' }),
    ];
    expect([...list].sort(compareEscalations).map((e) => e.id)).toEqual(['urgent', 'soon', 'late']);
  });
});

describe('isBreached', () => {
  const now = Date.parse('2026-03-18T10:45:00Z');

  it('is breached when still open past the deadline', () => {
    expect(isBreached(escalation('a'), now)).toBe(true);
    expect(isBreached(escalation('a'), Date.parse('2026-03-18T10:15:00Z'))).toBe(false);
  });

  it('trusts the server for late pickups, and not for picked-up ones otherwise', () => {
    expect(isBreached(escalation('a', { status: 'accepted' }), now)).toBe(false);
    expect(isBreached(escalation('a', { status: 'accepted', pickupBreached: true }), now)).toBe(true);
  });
});
