/** Unsent drafts per conversation, so moving through the queue never loses what the agent wrote. */
const drafts = new Map<string, { reply: string; note: string }>();

export type ComposerMode = 'reply' | 'note';

export function readDraft(conversationId: string, mode: ComposerMode): string {
  return drafts.get(conversationId)?.[mode] ?? '';
}

export function writeDraft(conversationId: string, mode: ComposerMode, text: string): void {
  const current = drafts.get(conversationId) ?? { reply: '', note: '' };
  drafts.set(conversationId, { ...current, [mode]: text });
}
