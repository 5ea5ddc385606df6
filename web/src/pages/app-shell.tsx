import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { navigate } from '../lib/router';
import { IconButton } from '../components/ui/button';
import { IconKeyboard } from '../components/ui/icons';
import { ShortcutHelp } from '../shortcuts/shortcut-help';
import { useKeyboardShortcuts } from '../shortcuts/use-keyboard-shortcuts';
import type { NavItem } from '../features/shell/lib/nav-items';
import { ConnectionBanner } from '../features/shell/components/connection-banner';
import { ConnectionIndicator } from '../features/shell/components/connection-indicator';
import { AlarmControls } from '../features/alarm/components/alarm-controls';
import { PresenceToggle } from '../features/workload/components/presence-toggle';
import { NavRail } from '../features/shell/components/nav-rail';
import { UserMenu } from '../features/shell/components/user-menu';
import { EscalationCounter } from '../features/escalations/components/escalation-counter';
import './pages.css';

export function AppShell({ active, children }: { active: NavItem['id']; children: ReactNode }) {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);

  useKeyboardShortcuts({
    '?': () => setHelpOpen(true),
    'g i': () => navigate('/inbox'),
  });

  return (
    <div className="shell">
      <ConnectionBanner />
      <aside className="shell__rail">
        <a className="shell__brand" href="#/inbox" aria-label={t('app.name')} title={t('app.name')}>
          <span className="brand-mark" aria-hidden="true" />
        </a>
        <NavRail active={active} badges={{ escalations: <EscalationCounter /> }} />
        <div className="shell__rail-bottom">
          <ConnectionIndicator />
          <PresenceToggle />
          <AlarmControls />
          <IconButton
            label={t('shortcuts.open')}
            icon={<IconKeyboard size={18} />}
            onClick={() => setHelpOpen(true)}
          />
          <UserMenu onShowShortcuts={() => setHelpOpen(true)} />
        </div>
      </aside>
      <main className="shell__main">{children}</main>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
