import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/client';
import type { MessageKey } from '../../../i18n/i18n';
import { useSession } from '../../../session/use-session';

export interface LoginForm {
  email: string;
  password: string;
  setEmail: (value: string) => void;
  setPassword: (value: string) => void;
  submitting: boolean;
  errorKey: MessageKey | null;
  submit: (event?: FormEvent) => Promise<void>;
}

export function useLoginForm(): LoginForm {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [errorKey, setErrorKey] = useState<MessageKey | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setErrorKey(null);
    try {
      await signIn(email.trim(), password);
    } catch (error) {
      if (isApiError(error, 401) || isApiError(error, 400)) setErrorKey('login.invalid');
      else if (isApiError(error, 429)) setErrorKey('login.rateLimited');
      else setErrorKey('login.failed');
      setSubmitting(false);
    }
  }

  return { email, password, setEmail, setPassword, submitting, errorKey, submit };
}
