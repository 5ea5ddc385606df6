import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useMuted } from '../../../lib/mute';
import { IconButton } from '../../../components/ui/button';
import { IconBell } from '../../../components/ui/icons';

/** The alarm's sound on or off, and desktop notifications allowed once by a click. */
export function AlarmControls() {
  const t = useT();
  const [muted, setMuted] = useMuted();
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  return (
    <>
      <IconButton
        label={muted ? t('alarm.unmute') : t('alarm.mute')}
        icon={<IconBell size={18} muted={muted} />}
        aria-pressed={muted}
        onClick={() => setMuted(!muted)}
        data-testid="alarm-mute"
      />
      {supported && permission === 'default' && (
        <IconButton
          label={t('alarm.enableNotifications')}
          icon={<IconBell size={18} />}
          onClick={() => void Notification.requestPermission().then(setPermission)}
          data-testid="alarm-notifications"
        />
      )}
    </>
  );
}
