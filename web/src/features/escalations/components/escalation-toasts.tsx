import { useT } from '../../../i18n/i18n';
import { inboxPath, navigate } from '../../../lib/router';
import { IconClose, IconEscalation } from '../../../components/ui/icons';
import { useEscalations } from '../hooks/use-escalations';

/** Short notices for escalation events, bottom right; clicking one opens the conversation. */
export function EscalationToasts() {
  const t = useT();
  const { toasts, dismissToast } = useEscalations();
  if (toasts.length === 0) return null;
  return (
    <div className="esc-toasts" role="status" aria-live="polite" data-testid="escalation-toasts">
      {toasts.map(({ id, kind, escalation, urgent }) => (
        <div
          key={id}
          className={`esc-toast ${urgent ? 'esc-toast--urgent' : ''}`}
          data-testid="escalation-toast"
        >
          <IconEscalation size={16} />
          <button
            type="button"
            className="esc-toast__body"
            onClick={() => {
              dismissToast(id);
              navigate(inboxPath(escalation.conversationId));
            }}
          >
            <strong>
              {t(`escalation.toast.${kind}`, {
                name: escalation.acceptedBy?.name ?? escalation.requestedBy?.name ?? '',
                team: escalation.teamName,
              })}
            </strong>
            <span>
              {escalation.contact.displayName} · {t(`escalation.mode.${escalation.mode}`)}
            </span>
          </button>
          <button
            type="button"
            className="esc-toast__close"
            aria-label={t('dialog.close')}
            onClick={() => dismissToast(id)}
          >
            <IconClose size={14} />
          </button>
        </div>
      ))}
    </div>
  );
}
