import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserSummary } from '@webcare/shared';
import { getToken, isAbortError, setToken, setUnauthorizedHandler } from '../../../api/client';
import { fetchMe, login } from '../api';
import { SessionContext, type Session, type SessionValue } from '../hooks/use-session';

const USER_KEY = 'webcare.user';

function storedSession(): Session | null {
  const token = getToken();
  const raw = sessionStorage.getItem(USER_KEY);
  if (!token || !raw) return null;
  try {
    return { token, user: JSON.parse(raw) as UserSummary };
  } catch {
    return null;
  }
}

function persist(session: Session | null): void {
  setToken(session?.token ?? null);
  if (session) sessionStorage.setItem(USER_KEY, JSON.stringify(session.user));
  else sessionStorage.removeItem(USER_KEY);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [restoring, setRestoring] = useState(() => session !== null);

  const signOut = useCallback(() => {
    persist(null);
    setSession(null);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(signOut);
    return () => setUnauthorizedHandler(null);
  }, [signOut]);

  // A stored token may have expired while the tab was closed: confirm it once and refresh the user.
  useEffect(() => {
    if (!restoring) return;
    const controller = new AbortController();
    fetchMe(controller.signal)
      .then((user) => {
        setSession((current) => {
          if (!current) return current;
          const next = { ...current, user };
          persist(next);
          return next;
        });
      })
      .catch((error: unknown) => {
        if (isAbortError(error)) return;
      })
      .finally(() => {
        if (!controller.signal.aborted) setRestoring(false);
      });
    return () => controller.abort();
  }, [restoring]);

  const signIn = useCallback(async (email: string, password: string) => {
    const response = await login({ email, password });
    const next = { token: response.accessToken, user: response.user };
    persist(next);
    setSession(next);
  }, []);

  const value = useMemo<SessionValue>(
    () => ({ session, restoring, signIn, signOut }),
    [session, restoring, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
