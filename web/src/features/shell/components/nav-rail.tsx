import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { useCurrentUser } from '../../../session/use-session';
import { navItemsFor, splitForPhone, type NavItem } from '../lib/nav-items';
import '../shell.css';

export interface NavRailProps {
  active: NavItem['id'];
  /** A live count beside an item (open escalations), filled in by the page. */
  badges?: Partial<Record<NavItem['id'], ReactNode>>;
  /**
   * Which sections: the phone's bottom bar, or the rest (under "more" at phone width); on a desktop the
   * two stand one under the other as one rail. Without it, all of them.
   */
  part?: 'bar' | 'more';
}

export function NavRail({ active, badges, part }: NavRailProps) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const all = navItemsFor(user.role);
  const items = part ? splitForPhone(all, user.role)[part] : all;
  if (items.length === 0) return null;
  return (
    <nav
      className={`nav ${part === 'more' ? 'nav--more' : ''}`}
      aria-label={part === 'more' ? t('nav.moreLabel') : t('nav.main')}
    >
      <ul className="nav__list">
        {items.map((item) => {
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
