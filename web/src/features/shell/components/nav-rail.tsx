import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useCurrentUser } from '../../../session/use-session';
import { navItemsFor, type NavItem } from '../lib/nav-items';
import '../shell.css';

export interface NavRailProps {
  active: NavItem['id'];
  /** A live count beside an item (open escalations), filled in by the page. */
  badges?: Partial<Record<NavItem['id'], ReactNode>>;
}

export function NavRail({ active, badges }: NavRailProps) {
  const { t } = useI18n();
  const user = useCurrentUser();
  return (
    <nav className="nav" aria-label={t('nav.main')}>
      <ul className="nav__list">
        {navItemsFor(user.role).map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.id}>
              <a
                href={`#${item.path}`}
                className={`nav__item ${item.id === active ? 'is-active' : ''}`}
                aria-current={item.id === active ? 'page' : undefined}
                data-testid={`nav-${item.id}`}
              >
                <Icon size={19} />
                <span className="nav__label">{t(item.label)}</span>
                {badges?.[item.id]}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
