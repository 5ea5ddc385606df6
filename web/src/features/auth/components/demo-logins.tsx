import { useT } from '../../../i18n/i18n';
import { useDemoInfo } from '../hooks/use-demo-info';

export function DemoLogins({ onPick }: { onPick: (email: string) => void }) {
  const t = useT();
  const demo = useDemoInfo();
  if (!demo || demo.users.length === 0) return null;
  return (
    <section className="demo-logins" aria-label={t('login.demoTitle')} data-testid="demo-logins">
      <h2 className="demo-logins__title">{t('login.demoTitle')}</h2>
      <ul className="demo-logins__list">
        {demo.users.map((user) => (
          <li key={user.email}>
            <button
              type="button"
              className="demo-logins__item"
              onClick={() => onPick(user.email)}
              title={t('login.demoUse', { email: user.email })}
            >
              <span className="demo-logins__email">{user.email}</span>
              <span className="demo-logins__role">{t(`role.${user.role}`)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="demo-logins__hint">{t('login.demoHint')}</p>
    </section>
  );
}
