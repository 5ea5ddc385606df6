import { CONVERSATION_STATUSES, type ConversationStatus } from '@webcare/shared';
import { useT } from '../../../i18n/i18n';

export interface StatusSelectProps {
  value: ConversationStatus;
  onChange: (status: ConversationStatus) => void;
  busy: boolean;
}

export function StatusSelect({ value, onChange, busy }: StatusSelectProps) {
  const t = useT();
  return (
    <label className={`status-select status-select--${value}`}>
      <span className="status-select__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('conversation.statusLabel')}</span>
      <select
        value={value}
        disabled={busy}
        aria-busy={busy || undefined}
        onChange={(event) => onChange(event.target.value as ConversationStatus)}
        data-testid="status-select"
      >
        {CONVERSATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status.${status}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
