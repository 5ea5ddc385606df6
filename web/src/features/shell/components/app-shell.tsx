import { useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';
import { navigate } from '../../../lib/router';
import { IconButton } from '../../../components/ui/button';
import { IconKeyboard } from '../../../components/ui/icons';
import { ShortcutHelp } from '../../shortcuts/components/shortcut-help';
import { useKeyboardShortcuts } from '../../shortcuts/hooks/use-keyboard-shortcuts';
import type { NavItem } from '../lib/nav-items';
import { ConnectionIndicator } from './connection-indicator';
import { NavRail } from './nav-rail';
import { UserMenu } from './user-menu';

export function AppShell({ active, children }: { active: NavItem['id']; children: ReactNode }) {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);

  useKeyboardShortcuts({
    '?': () => setHelpOpen(true),
    'g i': () => navigate('/inbox'),
  });

  return (
    <div className="shell">
      <aside className="shell__rail">
        <a className="shell__brand" href="#/inbox" aria-label={t('app.name')} title={t('app.name')}>
          <span className="brand-mark" aria-hidden="true" />
        </a>
        <NavRail active={active} />
        <div className="shell__rail-bottom">
          <ConnectionIndicator />
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
