import type { SavedReply } from '@webcare/shared';

/** The `#word` the agent is typing right before the caret, which opens the saved-reply list. */
export interface SavedReplyTrigger {
  /** Offset of the `#`. */
  start: number;
  /** Offset of the caret (the end of the word). */
  end: number;
  /** What follows the `#`, to filter the list. */
  query: string;
}

/** A `#` at the start or after a space, followed by letters only up to the caret. */
export function findTrigger(text: string, caret: number): SavedReplyTrigger | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)#([\p{L}\p{N}_-]{0,40})$/u.exec(before);
  if (!match) return null;
  const start = caret - match[2]!.length - 1;
  return { start, end: caret, query: match[2]! };
}

function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The saved replies whose title (or text) holds the query; the agent's language first, then by title. */
export function matchSavedReplies(items: readonly SavedReply[], query: string, locale: string): SavedReply[] {
  const q = fold(query);
  return items
    .filter((item) => !q || fold(item.title).includes(q) || fold(item.text).includes(q))
    .sort(
      (a, b) =>
        Number(b.language === locale) - Number(a.language === locale) ||
        Number(fold(b.title).startsWith(q)) - Number(fold(a.title).startsWith(q)) ||
        a.title.localeCompare(b.title, locale),
    );
}

/** The draft with `#word` replaced by the chosen text, and where the caret goes after it. */
export function insertSavedReply(
  text: string,
  trigger: SavedReplyTrigger,
  filled: string,
): { text: string; caret: number } {
  const next = text.slice(0, trigger.start) + filled + text.slice(trigger.end);
  return { text: next, caret: trigger.start + filled.length };
}
