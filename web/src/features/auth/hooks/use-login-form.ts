import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/client';
import type { MessageKey } from '../../../i18n/i18n';
import { useSession } from '../../../session/use-session';

export interface LoginForm {
  email: string;
  password: string;
  /** Set once the password was right and the account asks for its second factor. */
  challenge: boolean;
  code: string;
  setEmail: (value: string) => void;
  setPassword: (value: string) => void;
  setCode: (value: string) => void;
  submitting: boolean;
  errorKey: MessageKey | null;
  submit: (event?: FormEvent) => Promise<void>;
}

const SSO_REFUSALS = [
  'expired',
  'provider_error',
  'no_email',
  'email_unverified',
  'no_role',
  'deactivated',
  'sso_off',
];

/** Reads and removes what the single sign-on callback left in the address (`?sso=done` / `?sso_error=`). */
function takeSsoLanding(): { done: boolean; error: string | null } {
  const params = new URLSearchParams(window.location.search);
  const done = params.get('sso') === 'done';
  const error = params.get('sso_error');
  if (done || error !== null) {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  }
  return { done, error };
}

export function useLoginForm(): LoginForm {
  const { signIn, signInWithSso, verifyCode } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challengeToken, setChallengeToken] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);

  // Back from the organisation's login: finish it once (a one-time code in an httpOnly cookie).
  const landing = useRef<ReturnType<typeof takeSsoLanding> | null>(null);
  useEffect(() => {
    if (landing.current) return;
    landing.current = takeSsoLanding();
    const { done, error } = landing.current;
    if (error !== null) {
      setErrorKey(
        SSO_REFUSALS.includes(error) ? (`login.sso.${error}` as MessageKey) : 'login.sso.provider_error',
      );
      return;
    }
    if (!done) return;
    setSubmitting(true);
    signInWithSso()
      .then((challenge) => {
        if (challenge) {
          setChallengeToken(challenge.challengeToken);
          setSubmitting(false);
        }
      })
      .catch((error: unknown) => {
        if (isApiError(error, 403)) setErrorKey('login.sso.deactivated');
        else if (isApiError(error, 401)) setErrorKey('login.sso.expired');
        else setErrorKey('login.failed');
        setSubmitting(false);
      });
  }, [signInWithSso]);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setErrorKey(null);
    try {
      if (challengeToken) {
        await verifyCode(challengeToken, code.trim());
        return;
      }
      const challenge = await signIn(email.trim(), password);
      if (challenge) {
        setChallengeToken(challenge.challengeToken);
        setSubmitting(false);
      }
    } catch (error) {
      if (challengeToken && isApiError(error, 401)) setErrorKey('login.codeInvalid');
      else if (isApiError(error, 401) || isApiError(error, 400)) setErrorKey('login.invalid');
      else if (isApiError(error, 429)) setErrorKey('login.rateLimited');
      else setErrorKey('login.failed');
      setSubmitting(false);
    }
  }

  return {
    email,
    password,
    challenge: challengeToken !== null,
    code,
    setEmail,
    setPassword,
    setCode,
    submitting,
    errorKey,
    submit,
  };
}
