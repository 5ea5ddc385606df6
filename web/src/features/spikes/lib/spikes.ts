import type { SpikeMember, SpikeView } from '@webcare/shared';

/** Spikes still arriving, biggest first: what the banner shows. */
export function activeSpikes(items: readonly SpikeView[]): SpikeView[] {
  return items
    .filter((spike) => spike.active)
    .sort((a, b) => b.count - a.count || b.lastAt.localeCompare(a.lastAt));
}

/** A live update from the server into the list (replaced in place, or added when new). */
export function applySpikeUpdate(items: readonly SpikeView[], updated: SpikeView): SpikeView[] {
  const at = items.findIndex((spike) => spike.id === updated.id);
  if (at === -1) return [updated, ...items];
  return items.map((spike, i) => (i === at ? { ...spike, ...updated, members: spike.members } : spike));
}

export interface ConversationGroup {
  conversationId: string;
  contactName: string;
  messages: SpikeMember[];
  flagged: boolean;
  answered: boolean;
}

/**
 * The spike's messages grouped per conversation: unflagged ones to answer in bulk, flagged ones for a
 * person, and those answered already (by this spike's bulk answer, or by someone since).
 */
export function groupMembers(members: readonly SpikeMember[]): {
  toAnswer: ConversationGroup[];
  forAPerson: ConversationGroup[];
  answered: ConversationGroup[];
} {
  const byConversation = new Map<string, ConversationGroup>();
  for (const member of members) {
    const group = byConversation.get(member.conversationId) ?? {
      conversationId: member.conversationId,
      contactName: member.contactName,
      messages: [],
      flagged: false,
      answered: false,
    };
    group.messages.push(member);
    group.flagged ||= member.flags.length > 0;
    group.answered ||= member.answered || !member.waiting;
    byConversation.set(member.conversationId, group);
  }
  const groups = [...byConversation.values()];
  return {
    toAnswer: groups.filter((g) => !g.flagged && !g.answered),
    forAPerson: groups.filter((g) => g.flagged && !g.answered),
    answered: groups.filter((g) => g.answered),
  };
}

/** Share of the bulk answer done (sent or failed), 0–100. */
export function bulkDonePct(progress: SpikeView['bulkReply']): number | null {
  if (!progress) return null;
  const total = progress.queued + progress.sent + progress.failed;
  return total === 0 ? null : Math.round((100 * (progress.sent + progress.failed)) / total);
}
