import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LoginResponse, UserSummary } from '@webcare/shared';
import { getToken, setToken, setUnauthorizedHandler } from '../api/client';
import { fetchMe, finishSso, login, verifySecondFactor } from './api';
import { SessionContext, type Session, type SessionValue } from './use-session';

/**
 * The login is kept in localStorage, so a second tab or a deep link opens signed in; signing out (or
 * in as someone else) in one tab does the same in every tab.
 */
const USER_KEY = 'webcare.user';

function storedSession(): Session | null {
  const token = getToken();
  const raw = localStorage.getItem(USER_KEY);
  if (!token || !raw) return null;
  try {
    return { token, user: JSON.parse(raw) as UserSummary };
  } catch {
    return null;
  }
}

function persist(session: Session | null): void {
  setToken(session?.token ?? null);
  if (session) localStorage.setItem(USER_KEY, JSON.stringify(session.user));
  else localStorage.removeItem(USER_KEY);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(storedSession);
  // The token found in the tab at start-up, if any: it may have expired while the tab was closed.
  const [storedToken] = useState(() => session?.token ?? null);

  const signOut = useCallback(() => {
    persist(null);
    setSession(null);
    // Nothing one user saw stays in memory for the next.
    queryClient.clear();
  }, [queryClient]);

  useEffect(() => {
    setUnauthorizedHandler(signOut);
    return () => setUnauthorizedHandler(null);
  }, [signOut]);

  // Another tab signed in or out: follow it.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== localStorage || (event.key !== null && event.key !== USER_KEY)) return;
      const next = storedSession();
      setSession((current) => {
        if (next?.token === current?.token) return current;
        queryClient.clear();
        return next;
      });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [queryClient]);

  // Confirm a stored token once and refresh the user; a 401 ends the session through the handler above.
  const restoringSession = storedToken !== null && session?.token === storedToken;
  const me = useQuery({
    queryKey: ['me', storedToken],
    queryFn: async ({ signal }) => {
      const user = await fetchMe(signal);
      if (getToken() === storedToken) localStorage.setItem(USER_KEY, JSON.stringify(user));
      return user;
    },
    enabled: restoringSession,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const restoring = restoringSession && me.isPending;
  const refreshedUser = restoringSession ? me.data : undefined;

  const adopt = useCallback(
    (response: LoginResponse) => {
      const next = { token: response.accessToken, user: response.user };
      queryClient.clear();
      persist(next);
      setSession(next);
    },
    [queryClient],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const response = await login({ email, password });
      if ('challengeToken' in response) return { challengeToken: response.challengeToken };
      adopt(response);
      return null;
    },
    [adopt],
  );

  const signInWithSso = useCallback(async () => {
    const response = await finishSso();
    if ('challengeToken' in response) return { challengeToken: response.challengeToken };
    adopt(response);
    return null;
  }, [adopt]);

  const verifyCode = useCallback(
    async (challengeToken: string, code: string) => adopt(await verifySecondFactor(challengeToken, code)),
    [adopt],
  );

  const current = useMemo(
    () => (session && refreshedUser ? { ...session, user: refreshedUser } : session),
    [session, refreshedUser],
  );
  const value = useMemo<SessionValue>(
    () => ({ session: current, restoring, signIn, signInWithSso, verifyCode, adopt, signOut }),
    [current, restoring, signIn, signInWithSso, verifyCode, adopt, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
