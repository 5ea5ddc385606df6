import { useI18n } from '../../../i18n/i18n';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { EscalationCounter } from '../../escalations/components/escalation-counter';
import { navItemsFor, type NavItem } from '../lib/nav-items';

export function NavRail({ active }: { active: NavItem['id'] }) {
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
                {item.id === 'escalations' && <EscalationCounter />}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
