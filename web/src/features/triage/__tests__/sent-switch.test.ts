import { describe, expect, it } from 'vitest';
import type { MessageView } from '@webcare/shared';
import { sentSwitchOf } from '../lib/sent-switch';

const message = (direction: MessageView['direction'], extra: Partial<MessageView> = {}): MessageView => ({
  id: Math.random().toString(36),
  direction,
  text: '',
  attachments: [],
  createdAt: '2026-12-01T10:00:00.000Z',
  author: { id: 'u', name: 'Sanne' },
  deliveryStatus: 'sent',
  visibility: 'private',
  flags: [],
  topics: [],
  ...extra,
});
const sentNote = message('note', { systemNote: { code: 'switch.sent', params: { kind: 'call_back' } } });

describe('sentSwitchOf', () => {
  it('finds the switch sent since the person last wrote', () => {
    expect(sentSwitchOf({ messages: [message('in'), message('out'), sentNote] })).toEqual({
      kind: 'call_back',
      at: '2026-12-01T10:00:00.000Z',
      by: 'Sanne',
    });
  });

  it('is gone once the person writes again', () => {
    expect(sentSwitchOf({ messages: [message('in'), sentNote, message('in')] })).toBeNull();
  });
});
