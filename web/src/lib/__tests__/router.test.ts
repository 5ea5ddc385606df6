import { describe, expect, it } from 'vitest';
import { escalationsPath, inboxPath, parseRoute } from '../router';

describe('parseRoute', () => {
  it('opens the inbox at the root and on /inbox', () => {
    expect(parseRoute('/')).toEqual({ name: 'inbox', conversationId: null });
    expect(parseRoute('/inbox')).toEqual({ name: 'inbox', conversationId: null });
  });

  it('reads a conversation or escalation id, decoded', () => {
    expect(parseRoute('/inbox/abc%2F1')).toEqual({ name: 'inbox', conversationId: 'abc/1' });
    expect(parseRoute('/escalations/e-1')).toEqual({ name: 'escalations', escalationId: 'e-1' });
  });

  it('knows the dashboard, insight and the audit log, and nothing else', () => {
    expect(parseRoute('/dashboard')).toEqual({ name: 'dashboard' });
    expect(parseRoute('/audit')).toEqual({ name: 'audit' });
    expect(parseRoute('/insight')).toEqual({ name: 'insight' });
    expect(parseRoute('/insight/x')).toEqual({ name: 'not-found', path: '/insight/x' });
    expect(parseRoute('/audit/x')).toEqual({ name: 'not-found', path: '/audit/x' });
    expect(parseRoute('/inbox/a/b')).toEqual({ name: 'not-found', path: '/inbox/a/b' });
  });
});

describe('paths', () => {
  it('round-trip through parseRoute', () => {
    expect(parseRoute(inboxPath('a b'))).toEqual({ name: 'inbox', conversationId: 'a b' });
    expect(parseRoute(escalationsPath('e/1'))).toEqual({ name: 'escalations', escalationId: 'e/1' });
    expect(inboxPath(null)).toBe('/inbox');
    expect(escalationsPath()).toBe('/escalations');
  });
});
