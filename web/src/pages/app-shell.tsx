import { useId, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { navigate } from '../lib/router';
import { IconButton } from '../components/ui/button';
import { IconKeyboard } from '../components/ui/icons';
import { ShortcutHelp } from '../shortcuts/shortcut-help';
import { useKeyboardShortcuts } from '../shortcuts/use-keyboard-shortcuts';
import { navItemsFor, splitForPhone, type NavItem } from '../features/shell/lib/nav-items';
import { MoreToggle } from '../features/shell/components/more-toggle';
import { useCurrentUser } from '../session/use-session';
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
  const [moreOpen, setMoreOpen] = useState(false);
  const moreId = useId();
  const user = useCurrentUser();
  const activeUnderMore = splitForPhone(navItemsFor(user.role), user.role).more.some(
    (item) => item.id === active,
  );

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
        <NavRail active={active} badges={{ escalations: <EscalationCounter /> }} part="bar" />
        {/* At phone width the bottom bar keeps the sections the role works in all day, the live state
            and "more"; the rest opens above it. On a desktop the panel's contents stand in the rail. */}
        <div className="shell__status">
          <ConnectionIndicator />
          <PresenceToggle />
        </div>
        <MoreToggle open={moreOpen} onOpenChange={setMoreOpen} controls={moreId} active={activeUnderMore} />
        <div id={moreId} className={`shell__more ${moreOpen ? 'is-open' : ''}`} data-testid="nav-more-panel">
          <NavRail active={active} badges={{ escalations: <EscalationCounter /> }} part="more" />
          <div className="shell__rail-bottom">
            <AlarmControls />
            <IconButton
              label={t('shortcuts.open')}
              icon={<IconKeyboard size={18} />}
              onClick={() => setHelpOpen(true)}
              className="shortcut-help-button"
            />
            <UserMenu onShowShortcuts={() => setHelpOpen(true)} />
          </div>
        </div>
      </aside>
      <main className="shell__main">{children}</main>
      <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
