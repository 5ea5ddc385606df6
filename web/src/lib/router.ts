import { useSyncExternalStore } from 'react';

/** A small hash router: `#/inbox`, `#/inbox/<conversationId>`. No server-side routes needed. */
export type Route =
  | { name: 'inbox'; conversationId: string | null }
  | { name: 'escalations'; escalationId: string | null }
  | { name: 'dashboard' }
  | { name: 'audit' }
  | { name: 'insight' }
  | { name: 'admin' }
  | { name: 'security' }
  | { name: 'not-found'; path: string };

function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : `/${hash}`;
}

export function parseRoute(path: string): Route {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.length === 0) return { name: 'inbox', conversationId: null };
  if (segments[0] === 'inbox' && segments.length <= 2) {
    return { name: 'inbox', conversationId: segments[1] ?? null };
  }
  if (segments[0] === 'escalations' && segments.length <= 2) {
    return { name: 'escalations', escalationId: segments[1] ?? null };
  }
  if (segments[0] === 'dashboard' && segments.length === 1) return { name: 'dashboard' };
  if (segments[0] === 'audit' && segments.length === 1) return { name: 'audit' };
  if (segments[0] === 'insight' && segments.length === 1) return { name: 'insight' };
  if (segments[0] === 'admin' && segments.length === 1) return { name: 'admin' };
  if (segments[0] === 'security' && segments.length === 1) return { name: 'security' };
  return { name: 'not-found', path };
}

export function inboxPath(conversationId?: string | null): string {
  return conversationId ? `/inbox/${encodeURIComponent(conversationId)}` : '/inbox';
}

export function escalationsPath(escalationId?: string | null): string {
  return escalationId ? `/escalations/${encodeURIComponent(escalationId)}` : '/escalations';
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = `#${path}`;
  if (window.location.hash === target) return;
  if (options.replace) {
    window.history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = path;
  }
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

export function useRoute(): Route {
  const path = useSyncExternalStore(subscribe, currentPath);
  return parseRoute(path);
}
