import type { ConversationSummary } from '@webcare/shared';

/**
 * Whether a pushed row is a new danger this console has not sounded yet: it needs first contact, and
 * its newest danger came in after the console opened (older ones are in the lane already) and is not
 * the one it sounded for before.
 */
export function isNewDanger(
  row: Pick<ConversationSummary, 'id' | 'needsFirstContact' | 'dangerSince'>,
  sounded: Map<string, string>,
  openedAt: number,
): boolean {
  if (!row.needsFirstContact || !row.dangerSince) return false;
  if (sounded.get(row.id) === row.dangerSince) return false;
  return Date.parse(row.dangerSince) >= openedAt - 60_000;
}
