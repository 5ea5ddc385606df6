import { describe, expect, it } from 'vitest';
import type { SpikeMember, SpikeView } from '@webcare/shared';
import { activeSpikes, applySpikeUpdate, bulkDonePct, groupMembers } from '../lib/spikes';

const spike = (id: string, count: number, active = true): SpikeView => ({
  id,
  kind: 'post',
  postId: `p${id}`,
  threadKey: `post:p${id}`,
  topic: null,
  topicLabels: null,
  channel: 'facebook_comment',
  count,
  conversations: count,
  flagged: 0,
  expectedPerWindow: 0.5,
  windowS: 300,
  since: '2026-12-01T10:00:00.000Z',
  lastAt: '2026-12-01T10:05:00.000Z',
  active,
  bulkReply: null,
});

const member = (
  conversationId: string,
  flags: SpikeMember['flags'] = [],
  answered = false,
  waiting = true,
): SpikeMember => ({
  conversationId,
  messageId: `${conversationId}-${flags.length}`,
  contactName: conversationId.toUpperCase(),
  preview: 'tekst',
  at: '2026-12-01T10:01:00.000Z',
  flags,
  answered,
  waiting,
});

describe('activeSpikes', () => {
  it('shows only spikes still arriving, biggest first', () => {
    expect(activeSpikes([spike('a', 5), spike('b', 9), spike('c', 20, false)]).map((s) => s.id)).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('applySpikeUpdate', () => {
  it('adds a new spike at the top and updates a known one in place', () => {
    const list = [spike('a', 5)];
    expect(applySpikeUpdate(list, spike('b', 6)).map((s) => s.id)).toEqual(['b', 'a']);
    expect(applySpikeUpdate(list, spike('a', 8))[0].count).toBe(8);
  });
});

describe('groupMembers', () => {
  it('groups messages per conversation and keeps flagged and answered ones apart', () => {
    const groups = groupMembers([
      member('x'),
      member('x', ['crisis']),
      member('y'),
      member('z', [], true),
      member('w', ['medical_public']),
      member('v', [], false, false),
    ]);
    expect(groups.toAnswer.map((g) => g.conversationId)).toEqual(['y']);
    expect(groups.forAPerson.map((g) => g.conversationId)).toEqual(['x', 'w']);
    expect(groups.forAPerson[0].messages).toHaveLength(2);
    expect(groups.answered.map((g) => g.conversationId)).toEqual(['z', 'v']);
  });
});

describe('bulkDonePct', () => {
  it('counts sent and failed replies as done', () => {
    expect(bulkDonePct(null)).toBeNull();
    expect(bulkDonePct({ queued: 3, sent: 1, failed: 0 })).toBe(25);
    expect(bulkDonePct({ queued: 0, sent: 3, failed: 1 })).toBe(100);
  });
});
