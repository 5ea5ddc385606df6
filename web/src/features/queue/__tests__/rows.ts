import type { ConversationSummary } from '@webcare/shared';

/** A queue row with sensible defaults; override what the test is about. */
export function row(id: string, change: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id,
    channel: 'messenger',
    visibility: 'private',
    status: 'open',
    priority: 'normal',
    flags: [],
    suggestedSwitch: null,
    contact: { id: `contact-${id}`, displayName: `Contact ${id}` },
    assignee: null,
    lastMessageAt: '2026-03-18T10:00:00.000Z',
    lastMessagePreview: 'Hallo',
    slaDueAt: null,
    unread: false,
    callBackDueAt: null,
    ...change,
  };
}
