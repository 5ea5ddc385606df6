import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useRealtime } from '../../../realtime/use-socket';
import '../shell.css';

/** How long a dropped connection may last before the whole console says so. */
export const BANNER_AFTER_MS = 3000;

/**
 * Across the top of the console while the live connection has been down for more than a few seconds:
 * what you see may be out of date. The queue re-syncs when the connection is back.
 */
export function ConnectionBanner() {
  const t = useT();
  const { status } = useRealtime();
  const down = status !== 'connected' && status !== 'connecting';
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!down) {
      setShown(false);
      return;
    }
    const timer = window.setTimeout(() => setShown(true), BANNER_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [down]);
  if (!shown) return null;
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner">
      <strong>{t('connection.bannerTitle')}</strong> {t('connection.bannerBody')}
    </div>
  );
}
