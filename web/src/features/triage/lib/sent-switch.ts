import type { ConversationDetail, SwitchKind } from '@webcare/shared';

export interface SentSwitch {
  kind: SwitchKind;
  at: string;
  by: string | null;
}

/**
 * The channel switch sent since the person last wrote, from its note in the thread: the card then says
 * it was sent and offers it no more. A new message from the person after it opens the question again.
 */
export function sentSwitchOf(detail: Pick<ConversationDetail, 'messages'>): SentSwitch | null {
  for (let i = detail.messages.length - 1; i >= 0; i--) {
    const message = detail.messages[i]!;
    if (message.direction === 'in') return null;
    if (message.systemNote?.code === 'switch.sent' && message.systemNote.params.kind) {
      return {
        kind: message.systemNote.params.kind as SwitchKind,
        at: message.createdAt,
        by: message.author?.name ?? null,
      };
    }
  }
  return null;
}
