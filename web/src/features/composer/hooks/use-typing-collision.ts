import { usePresence } from '../../../realtime/use-presence';

/** The colleague already typing in this conversation while I have a draft: who to warn about. */
export function useTypingCollision(conversationId: string, text: string): string | null {
  const viewers = usePresence(conversationId);
  const other = viewers.find((viewer) => viewer.typing)?.name ?? null;
  return text.trim().length > 0 ? other : null;
}
