import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { useMuted } from '../../../lib/mute';
import { IconButton } from '../../../components/ui/button';
import { IconBell, IconPhone } from '../../../components/ui/icons';
import { useCurrentUser } from '../../../session/use-session';
import { pushSupported, subscribeThisDevice } from '../lib/push';

const ON_CALL_ROLES: readonly string[] = ['advisor', 'supervisor', 'admin'];

/** The alarm's sound on or off, and desktop notifications allowed once by a click. */
export function AlarmControls() {
  const t = useT();
  const [muted, setMuted] = useMuted();
  const supported = typeof Notification !== 'undefined';
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  const user = useCurrentUser();
  const [push, setPush] = useState<'idle' | 'busy' | 'subscribed' | 'denied' | 'unavailable' | 'failed'>(
    'idle',
  );
  const canPush = ON_CALL_ROLES.includes(user.role) && pushSupported();
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
      {canPush && (
        <IconButton
          label={t(`alarm.push.${push}`)}
          icon={<IconPhone size={18} />}
          active={push === 'subscribed'}
          disabled={push === 'busy'}
          onClick={() => {
            setPush('busy');
            subscribeThisDevice()
              .then(setPush)
              .catch(() => setPush('failed'));
          }}
          data-testid="alarm-push"
          data-state={push}
        />
      )}
    </>
  );
}
