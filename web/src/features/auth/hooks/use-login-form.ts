import { useState, type FormEvent } from 'react';
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

export function useLoginForm(): LoginForm {
  const { signIn, verifyCode } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challengeToken, setChallengeToken] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);

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
