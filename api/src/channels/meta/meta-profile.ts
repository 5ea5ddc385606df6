import type { TokenFor } from '../graph-client';
import { callProvider } from '../http-provider';
import { isObject } from '../parse-util';

/**
 * The name of a Messenger or Instagram sender, from the Graph API's user profile endpoints:
 * Messenger `GET {base}/{psid}?fields=first_name,last_name`, Instagram `GET {base}/{igsid}?fields=name,username`,
 * with the Page (or Instagram account) token. Undefined when the profile is refused (no consent, no
 * permission, blocked) or cannot be read; the caller keeps the placeholder then.
 */
export async function lookupMetaProfileName(
  baseUrl: string,
  channel: 'messenger' | 'instagram_dm',
  accountId: string,
  personId: string,
  tokenFor: TokenFor,
  timeoutMs = 5000,
): Promise<{ name?: string; handle?: string } | undefined> {
  let token: string;
  try {
    token = await tokenFor(accountId);
  } catch {
    return undefined;
  }
  if (!token) return undefined;
  const fields = channel === 'messenger' ? 'first_name,last_name' : 'name,username';
  const url = `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(personId)}?fields=${fields}`;
  let answer;
  try {
    answer = await callProvider(
      url,
      { method: 'GET', headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } },
      timeoutMs,
    );
  } catch {
    return undefined;
  }
  if (answer.status !== 200 || !isObject(answer.body)) return undefined;
  const body = answer.body;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  if (channel === 'messenger') {
    const name = [text(body.first_name), text(body.last_name)].filter(Boolean).join(' ');
    return name ? { name } : undefined;
  }
  const name = text(body.name);
  const handle = text(body.username);
  if (!name && !handle) return undefined;
  return { ...(name ? { name } : {}), ...(handle ? { handle } : {}) };
}
