import { createContext, useContext } from 'react';
import type { LoginResponse, UserSummary } from '@webcare/shared';

export interface Session {
  token: string;
  user: UserSummary;
}

export interface SessionValue {
  session: Session | null;
  /** True while a stored token is being checked at start-up. */
  restoring: boolean;
  /** Resolves with a challenge when the account uses two-factor login: finish with `verifyCode`. */
  signIn: (email: string, password: string) => Promise<{ challengeToken: string } | null>;
  /** Finishes a single sign-on; a challenge when the account's own two-factor login applies. */
  signInWithSso: () => Promise<{ challengeToken: string } | null>;
  verifyCode: (challengeToken: string, code: string) => Promise<void>;
  /** Adopts a new session (after turning two-factor login on). */
  adopt: (response: LoginResponse) => void;
  signOut: () => void;
}

export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionProvider');
  return value;
}

/** The signed-in user; only for components rendered behind the login. */
export function useCurrentUser(): UserSummary {
  const { session } = useSession();
  if (!session) throw new Error('useCurrentUser needs a session');
  return session.user;
}
