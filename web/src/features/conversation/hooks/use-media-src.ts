import { useEffect, useState } from 'react';
import { getToken } from '../../../api/client';

/**
 * A browser-loadable address for an attachment: media kept by the inbox (`/api/…`) is fetched with the
 * signed-in user's token and shown from a local object URL (released when no longer shown); anything
 * else is used as it is. Null while loading or when `enabled` is false; 'failed' when it cannot be had.
 */
export function useMediaSrc(url: string, enabled = true): string | null | 'failed' {
  const protectedMedia = url.startsWith('/api/');
  const [src, setSrc] = useState<string | null | 'failed'>(protectedMedia ? null : url);
  useEffect(() => {
    if (!protectedMedia) {
      setSrc(url);
      return;
    }
    if (!enabled) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    const token = getToken();
    fetch(url, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        objectUrl = URL.createObjectURL(await response.blob());
        setSrc(objectUrl);
      })
      .catch(() => {
        if (!controller.signal.aborted) setSrc('failed');
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, enabled, protectedMedia]);
  return src;
}
