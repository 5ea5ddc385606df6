import { useT } from '../../../i18n/i18n';
import { useRealtime } from '../../../realtime/use-socket';
import '../shell.css';

/** Live, reconnecting or offline: shape and text, not only colour. */
export function ConnectionIndicator() {
  const t = useT();
  const { status } = useRealtime();
  const state = status === 'connected' ? 'connected' : status === 'offline' ? 'offline' : 'reconnecting';
  const label = t(`connection.${state}`);
  return (
    <div
      className={`connection connection--${state}`}
      role="status"
      title={label}
      data-testid="connection-status"
      data-status={state}
    >
      <span className="connection__dot" aria-hidden="true" />
      <span className="connection__label">{label}</span>
    </div>
  );
}
