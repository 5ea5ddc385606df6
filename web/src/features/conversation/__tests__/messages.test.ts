import { describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary, MessageView } from '@webcare/shared';
import { isSummary, mergeSummary, replaceLocalMessage, toSummary, upsertMessage } from '../lib/messages';

function message(id: string, change: Partial<MessageView> = {}): MessageView {
  return {
    id,
    direction: 'out',
    text: `tekst ${id}`,
    attachments: [],
    createdAt: '2026-03-18T10:00:00.000Z',
    author: { id: 'u1', name: 'Anouk' },
    deliveryStatus: 'sent',
    visibility: 'private',
    flags: [],
    topics: [],
    ...change,
  };
}

const detail: ConversationDetail = {
  id: 'c1',
  channel: 'messenger',
  visibility: 'private',
  status: 'new',
  priority: 'high',
  flags: [{ code: 'complaint', severity: 'medium', evidence: [], reason: { nl: 'Klacht', en: 'Complaint' } }],
  suggestedSwitch: {
    kind: 'call_back',
    reason: { nl: 'Bel terug', en: 'Call back' },
    template: { nl: 'Wij bellen u', en: 'We will call you' },
  },
  contact: {
    id: 'p1',
    displayName: 'Kees',
    handle: '@kees',
    channel: 'messenger',
    firstSeenAt: '2026-01-01',
  },
  assignee: null,
  lastMessageAt: '2026-03-18T10:00:00.000Z',
  lastMessagePreview: 'Hallo',
  slaDueAt: null,
  unread: true,
  callBackDueAt: null,
  messages: [],
  replyVisibilities: ['private'],
} as unknown as ConversationDetail;

describe('upsertMessage', () => {
  it('keeps the thread in time order', () => {
    const thread = [
      message('a', { createdAt: '2026-03-18T10:00:00Z' }),
      message('c', { createdAt: '2026-03-18T12:00:00Z' }),
    ];
    const next = upsertMessage(thread, message('b', { createdAt: '2026-03-18T11:00:00Z' }));
    expect(next.map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('never steps a delivery status back when updates arrive out of order', () => {
    const thread = [message('a', { deliveryStatus: 'read' })];
    const next = upsertMessage(thread, message('a', { deliveryStatus: 'delivered', text: 'nieuw' }));
    expect(next[0]).toMatchObject({ deliveryStatus: 'read', text: 'nieuw' });
    expect(upsertMessage(thread, message('a', { deliveryStatus: 'failed' }))[0]!.deliveryStatus).toBe(
      'failed',
    );
  });

  it('lets our own reply from the socket take the place of the optimistic one', () => {
    const thread = [message('local-1', { text: 'Dag Kees', deliveryStatus: 'queued' })];
    const next = upsertMessage(thread, message('m1', { text: 'Dag Kees' }));
    expect(next.map((m) => m.id)).toEqual(['m1']);
  });
});

describe('replaceLocalMessage', () => {
  it('swaps the optimistic message for the stored one, also when the socket brought it first', () => {
    const stored = message('m1', { text: 'Dag Kees' });
    expect(replaceLocalMessage([message('local-1', { text: 'Dag Kees' })], 'local-1', stored)).toEqual([
      stored,
    ]);
    expect(replaceLocalMessage([stored], 'local-1', stored)).toEqual([stored]);
  });
});

describe('summaries', () => {
  const summary: ConversationSummary = {
    ...toSummary(detail),
    status: 'pending',
    assignee: { id: 'u2', name: 'Bas' },
    suggestedSwitch: 'private_message',
    contact: { id: 'p1', displayName: 'Kees de Vries' },
    slaState: 'near',
  };

  it('takes the summary fields of a detail, marked read', () => {
    expect(toSummary(detail)).toMatchObject({
      id: 'c1',
      status: 'new',
      suggestedSwitch: 'call_back',
      unread: false,
    });
    expect(toSummary(detail).flags).toEqual([{ code: 'complaint', severity: 'medium' }]);
    expect(isSummary(toSummary(detail))).toBe(true);
    expect(isSummary({ id: 'x' })).toBe(false);
  });

  it('applies a live summary to the open conversation and keeps thread and contact details', () => {
    const merged = mergeSummary(detail, summary);
    expect(merged).toMatchObject({ status: 'pending', assignee: { name: 'Bas' }, unread: false });
    expect(merged.contact).toMatchObject({ displayName: 'Kees de Vries', handle: '@kees' });
    // A new kind of suggestion comes without its text: it is not shown until the conversation is fetched.
    expect(merged.suggestedSwitch).toBeNull();
    expect(mergeSummary(detail, { ...summary, suggestedSwitch: 'call_back' }).suggestedSwitch?.kind).toBe(
      'call_back',
    );
  });
});
