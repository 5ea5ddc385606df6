import { useT } from '../../../i18n/i18n';
import { SSO_LOGIN_URL } from '../api';
import { useSsoInfo } from '../hooks/use-sso-info';

/** "Log in with your organisation": shown only when the server has single sign-on configured. */
export function SsoLogin() {
  const t = useT();
  const sso = useSsoInfo();
  if (!sso) return null;
  return (
    <div className="sso-login">
      <p className="sso-login__or">{t('login.or')}</p>
      {/* A full page visit: the server sends the browser on to the organisation's login. */}
      <a
        className="btn btn--secondary btn--md sso-login__button"
        href={SSO_LOGIN_URL}
        data-testid="login-sso"
      >
        {sso.label ? t('login.ssoNamed', { name: sso.label }) : t('login.sso')}
      </a>
    </div>
  );
}
