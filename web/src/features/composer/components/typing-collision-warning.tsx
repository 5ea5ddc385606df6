import { useT } from '../../../i18n/i18n';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useTypingCollision } from '../hooks/use-typing-collision';

/** "Anouk typt al een antwoord in dit gesprek": so two people do not answer the same person at once. */
export function TypingCollisionWarning({ conversationId, text }: { conversationId: string; text: string }) {
  const t = useT();
  const name = useTypingCollision(conversationId, text);
  if (!name) return null;
  return (
    <div data-testid="typing-collision" role="alert">
      <InlineAlert tone="warning">{t('escalation.typingCollision', { name })}</InlineAlert>
    </div>
  );
}
