import { useEffect, useRef } from 'react';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { LanguageSwitch } from '../../../components/language-switch';
import { useLoginForm } from '../hooks/use-login-form';
import { DemoLogins } from './demo-logins';
import { SsoLogin } from './sso-login';
import '../auth.css';

export function LoginPage() {
  const t = useT();
  const form = useLoginForm();
  const passwordRef = useRef<HTMLInputElement>(null);
  // After a failed attempt the keyboard stays in the form: on the password, selected, ready to retype.
  useEffect(() => {
    if (!form.errorKey || form.submitting) return;
    passwordRef.current?.focus();
    passwordRef.current?.select();
  }, [form.errorKey, form.submitting]);

  return (
    <div className="login">
      <div className="login__lang">
        <LanguageSwitch />
      </div>
      <main className="login__card">
        <div className="login__brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>{t('app.name')}</span>
        </div>
        <h1 className="login__title">{t('login.title')}</h1>
        <p className="login__subtitle">{t('login.subtitle')}</p>
        <form className="login__form" onSubmit={(event) => void form.submit(event)} noValidate>
          {form.challenge ? (
            <label className="field">
              <span className="field__label">{t('login.code')}</span>
              <input
                className="input"
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                autoFocus
                required
                value={form.code}
                onChange={(event) => form.setCode(event.target.value)}
                data-testid="login-code"
                aria-invalid={form.errorKey === 'login.codeInvalid' || undefined}
              />
              <span className="field__hint">{t('login.codeHint')}</span>
            </label>
          ) : (
            <>
              <label className="field">
                <span className="field__label">{t('login.email')}</span>
                <input
                  className="input"
                  type="email"
                  name="email"
                  autoComplete="username"
                  autoFocus
                  required
                  value={form.email}
                  onChange={(event) => form.setEmail(event.target.value)}
                  data-testid="login-email"
                  aria-invalid={form.errorKey === 'login.invalid' || undefined}
                />
              </label>
              <label className="field">
                <span className="field__label">{t('login.password')}</span>
                <input
                  className="input"
                  type="password"
                  name="password"
                  autoComplete="current-password"
                  required
                  value={form.password}
                  onChange={(event) => form.setPassword(event.target.value)}
                  ref={passwordRef}
                  data-testid="login-password"
                  aria-invalid={form.errorKey === 'login.invalid' || undefined}
                />
              </label>
            </>
          )}
          {form.errorKey && (
            <div data-testid="login-error">
              <InlineAlert tone="danger">{t(form.errorKey)}</InlineAlert>
            </div>
          )}
          <Button
            type="submit"
            variant="primary"
            className="login__submit"
            busy={form.submitting}
            disabled={form.challenge ? !form.code.trim() : !form.email || !form.password}
            data-testid="login-submit"
          >
            {form.submitting ? t('login.submitting') : form.challenge ? t('login.verify') : t('login.submit')}
          </Button>
        </form>
        {!form.challenge && <SsoLogin />}
        <DemoLogins
          onPick={(email) => {
            form.setEmail(email);
            form.setPassword('webcare-demo');
          }}
        />
      </main>
    </div>
  );
}
