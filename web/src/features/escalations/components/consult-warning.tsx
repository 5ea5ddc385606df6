import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT } from '../../../i18n/i18n';
import { useCurrentUser } from '../../../session/use-session';
import { runCommand } from '../../../shortcuts/command-bus';
import { useConversationEscalations } from '../hooks/use-escalations';

/**
 * An advisor asked for advice (consult) answers the agent, not the person: above the reply box a warning
 * says so and points to the note. In a handover the advisor owns the contact and no warning shows.
 */
export function ConsultWarning({ conversationId }: { conversationId: string }) {
  const t = useT();
  const me = useCurrentUser();
  const escalations = useConversationEscalations(conversationId);
  if (me.role !== 'advisor') return null;
  const live = escalations.find((e) => e.status === 'open' || e.status === 'accepted');
  if (!live || live.mode !== 'consult') return null;
  return (
    <div data-testid="consult-warning">
      <InlineAlert tone="warning">
        {t('composer.consultWarning')}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => runCommand('focus-note')}
          data-testid="consult-use-note"
        >
          {t('composer.consultUseNote')}
        </button>
      </InlineAlert>
    </div>
  );
}
