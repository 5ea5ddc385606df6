import { useEffect, useState } from 'react';
import type { UserSummary } from '@webcare/shared';
import { fetchUsers } from '../api';

let cache: Promise<UserSummary[]> | null = null;

/** Colleagues to assign to; fetched once per page load, and only when the menu is opened. */
export function useUsers(enabled: boolean): { users: UserSummary[] | null; failed: boolean } {
  const [users, setUsers] = useState<UserSummary[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let active = true;
    cache ??= fetchUsers().catch((error: unknown) => {
      cache = null;
      throw error;
    });
    cache
      .then((result) => active && setUsers(Array.isArray(result) ? result : []))
      .catch(() => active && setFailed(true));
    return () => {
      active = false;
    };
  }, [enabled]);

  return { users, failed };
}
