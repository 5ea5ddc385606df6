import { type FormEvent, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { LoginResponse } from '@webcare/shared';
import QRCode from 'qrcode';
import { Button } from '../../../components/ui/button';
import { InlineAlert } from '../../../components/ui/inline-alert';
import { useT } from '../../../i18n/i18n';
import { fetchMe } from '../../../session/api';
import { useSession } from '../../../session/use-session';
import { enableTwoFactor, startTwoFactorSetup } from '../api';
import '../users.css';

/** Two-factor login for the signed-in user: status, enrolment with a QR code, recovery codes once. */
export function SecurityPage({ required = false }: { required?: boolean }) {
  const t = useT();
  const { adopt } = useSession();
  const me = useQuery({ queryKey: ['me-security'], queryFn: ({ signal }) => fetchMe(signal) });
  const [setup, setSetup] = useState<{ secret: string; otpauthUrl: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The new session passed the second factor; it is adopted once the recovery codes have been noted.
  const [pendingSession, setPendingSession] = useState<LoginResponse | null>(null);

  useEffect(() => {
    if (!setup) return;
    QRCode.toDataURL(setup.otpauthUrl, { margin: 1, width: 200 })
      .then(setQr)
      .catch(() => setQr(null));
  }, [setup]);

  const start = async () => {
    setError(null);
    try {
      setSetup(await startTwoFactorSetup());
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const enabled = await enableTwoFactor(code.replace(/\s/g, ''));
      setRecoveryCodes(enabled.recoveryCodes);
      setSetup(null);
      setPendingSession(enabled);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="security" data-testid="security-page">
      <h1>{t('security.title')}</h1>
      <p>{t('security.intro')}</p>
      {required && <InlineAlert tone="warning">{t('security.required')}</InlineAlert>}
      {recoveryCodes ? (
        <div data-testid="security-recovery">
          <InlineAlert tone="success">{t('security.on')}</InlineAlert>
          <p>{t('security.recovery')}</p>
          <div className="security__codes">
            {recoveryCodes.map((c) => (
              <span key={c}>{c}</span>
            ))}
          </div>
          <Button
            variant="primary"
            onClick={() => {
              if (pendingSession) adopt(pendingSession);
              window.location.hash = '/inbox';
            }}
            data-testid="security-done"
          >
            {t('login.submit')}
          </Button>
        </div>
      ) : me.data?.twoFactor ? (
        <InlineAlert tone="success">{t('security.on')}</InlineAlert>
      ) : setup ? (
        <form onSubmit={(e) => void confirm(e)} className="security" data-testid="security-setup">
          <p>{t('security.scan')}</p>
          {qr && <img className="security__qr" src={qr} alt="QR" data-testid="security-qr" />}
          <code className="security__secret" data-testid="security-secret">
            {setup.secret}
          </code>
          <label className="field">
            <span className="field__label">{t('login.code')}</span>
            <input
              className="input"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              data-testid="security-code"
            />
          </label>
          <Button
            type="submit"
            variant="primary"
            busy={busy}
            disabled={!code.trim()}
            data-testid="security-confirm"
          >
            {t('security.confirm')}
          </Button>
        </form>
      ) : (
        <div>
          <p>{t('security.off')}</p>
          <Button variant="primary" onClick={() => void start()} data-testid="security-start">
            {t('security.start')}
          </Button>
        </div>
      )}
      {error && <InlineAlert tone="danger">{t('security.failed', { message: error })}</InlineAlert>}
    </section>
  );
}
