import type { AdminUser, LoginResponse } from '@webcare/shared';
import { startApp, type RunningApp } from '../support/app';
import { totp } from '../../api/src/auth/totp';
import { client, login } from '../support/api';
import { startOidcProvider, type RunningProvider } from '../support/oidc';

/**
 * Single sign-on against a real OpenID Connect provider (the oidc-provider package) on loopback: the
 * browser's part is played with plain HTTP — redirects followed, the provider's login and consent forms
 * submitted — so the app's code exchange, PKCE and ID token checks all run for real.
 */

// The app's PUBLIC_URL (test/support/app.ts): the provider sends the browser there, as behind a proxy.
const REDIRECT_URI = 'https://inbox.example.nl/api/auth/oidc/callback';
const ACCOUNTS = {
  'lotte.agent': { email: 'lotte@zorg.example.nl', name: 'Lotte Jansen', groups: ['staff', 'webcare-agent'] },
  'ruben.lead': {
    email: 'ruben@zorg.example.nl',
    name: 'Ruben Peeters',
    groups: ['webcare-agent', 'webcare-supervisor'],
  },
  'sam.secure': {
    email: 'sam@zorg.example.nl',
    name: 'Sam de Vries',
    groups: ['webcare-supervisor'],
    amr: ['pwd', 'mfa'],
  },
  'kim.marketing': { email: 'kim@zorg.example.nl', name: 'Kim Smits', groups: ['marketing'] },
};

/** Cookies per host, enough for the provider's session and interaction cookies and the app's own. */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  store(url: string, response: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0/i.test(a),
      );
      if (!value || expired) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(host, jar);
  }

  header(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return jar ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : '';
  }
}

interface SsoOutcome {
  /** Where the callback sent the browser in the console: `/?sso=done` or `/?sso_error=<reason>`. */
  landing: string;
  jar: CookieJar;
  /** The app's cookies as the console will send them to trade the login for a session. */
  cookieSent: string;
}

function formOf(html: string): { action: string; fields: Record<string, string> } {
  const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`no form in the provider's page:\n${html.slice(0, 500)}`);
  const fields: Record<string, string> = {};
  for (const input of form[2].matchAll(/<input[^>]*>/gi)) {
    const name = /name="([^"]+)"/.exec(input[0])?.[1];
    if (name) fields[name] = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
  }
  return { action: form[1].replace(/&amp;/g, '&'), fields };
}

/** Plays the browser from "Log in with your organisation" to the console's landing address. */
async function ssoFlow(app: RunningApp, account: string, jar = new CookieJar()): Promise<SsoOutcome> {
  const start = `${app.url}/api/auth/oidc/login`;
  let response = await fetch(start, { redirect: 'manual' });
  jar.store(start, response);
  expect(response.status).toBe(302);
  let url = new URL(response.headers.get('location') ?? '', start).toString();
  const authorize = new URL(url);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('code_challenge')).toBeTruthy();
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('nonce')).toBeTruthy();

  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(REDIRECT_URI)) {
      // The proxy in front of the app passes the callback on.
      const callback = `${app.url}${new URL(url).pathname}${new URL(url).search}`;
      const answer = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header(callback) } });
      jar.store(callback, answer);
      expect(answer.status).toBe(302);
      const cookieSent = jar.header(`${app.url}/api/auth/oidc/session`);
      return { landing: answer.headers.get('location') ?? '', jar, cookieSent };
    }
    response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: jar.header(url) },
    });
    jar.store(url, response);
    init = {};
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get('location') ?? '', url).toString();
      continue;
    }
    expect(response.status).toBe(200);
    const { action, fields } = formOf(await response.text());
    if ('login' in fields) {
      fields.login = account;
      fields.password = 'any-password';
    }
    url = new URL(action, url).toString();
    init = {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    };
  }
  throw new Error('the login did not come back to the app');
}

async function ssoSession(app: RunningApp, jar: CookieJar) {
  const url = `${app.url}/api/auth/oidc/session`;
  const response = await fetch(url, { method: 'POST', headers: { cookie: jar.header(url) } });
  jar.store(url, response);
  return {
    status: response.status,
    body: (await response.json()) as Partial<LoginResponse> & { code?: string },
  };
}

describe('single sign-on with OpenID Connect', () => {
  let app: RunningApp;
  let provider: RunningProvider;

  beforeAll(async () => {
    provider = await startOidcProvider(REDIRECT_URI, ACCOUNTS);
    app = await startApp({
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'webcare-agent:agent,webcare-supervisor:supervisor',
      OIDC_LABEL: 'Zorggroep Noord',
    });
  });

  afterAll(async () => {
    await app?.stop();
    provider?.stop();
  });

  it('tells the login page that single sign-on is on', async () => {
    const response = await fetch(`${app.url}/api/auth/oidc`);
    expect(await response.json()).toEqual({ enabled: true, label: 'Zorggroep Noord' });
  });

  it('provisions a user with the mapped role on first login and reuses them on the next', async () => {
    const first = await ssoFlow(app, 'lotte.agent');
    expect(first.landing).toBe('/?sso=done');
    const session = await ssoSession(app, first.jar);
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({
      email: 'lotte@zorg.example.nl',
      name: 'Lotte Jansen',
      role: 'agent',
    });
    // The session works like a password login's.
    const me = await client(app.url, session.body.accessToken ?? '').get<{ id: string }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(session.body.user?.id);
    // The finished login is traded once: the same cookie sent again is refused.
    const sessionUrl = `${app.url}/api/auth/oidc/session`;
    const replay = await fetch(sessionUrl, { method: 'POST', headers: { cookie: first.cookieSent } });
    expect(replay.status).toBe(401);
    expect(await replay.json()).toMatchObject({ code: 'SSO_FAILED' });

    const second = await ssoFlow(app, 'lotte.agent');
    expect(second.landing).toBe('/?sso=done');
    const again = await ssoSession(app, second.jar);
    expect(again.status).toBe(200);
    expect(again.body.user?.id).toBe(session.body.user?.id);

    const admin = client(app.url, (await login(app.url, 'admin@example.org')).accessToken);
    const users = await admin.get<AdminUser[] | { items: AdminUser[] }>('/api/users/all');
    const list = Array.isArray(users.body) ? users.body : users.body.items;
    expect(list.filter((user) => user.email === 'lotte@zorg.example.nl')).toHaveLength(1);
  });

  it("applies the account's own two-factor login when the provider names no second factor", async () => {
    const first = await ssoSession(app, (await ssoFlow(app, 'lotte.agent')).jar);
    const lotte = client(app.url, first.body.accessToken ?? '');
    const setup = await lotte.post<{ secret: string }>('/api/auth/2fa/setup');
    expect(setup.status).toBe(200);
    expect((await lotte.post('/api/auth/2fa/enable', { code: totp(setup.body.secret) })).status).toBe(200);

    // The loopback provider's login is a password only (no `amr` second factor): the code is asked.
    const next = await ssoSession(app, (await ssoFlow(app, 'lotte.agent')).jar);
    expect(next.status).toBe(200);
    const challenge = (next.body as { challengeToken?: string }).challengeToken;
    expect(challenge).toBeTruthy();
    expect(next.body.accessToken).toBeUndefined();
    // The code of the next time step: the one just used for enrolment cannot be used twice.
    const code = totp(setup.body.secret, Date.now() + 30_000);
    const verified = await fetch(`${app.url}/api/auth/2fa/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ challengeToken: challenge, code }),
    });
    expect(verified.status).toBe(200);
    expect(((await verified.json()) as LoginResponse).user.email).toBe('lotte@zorg.example.nl');
  });

  it('counts the login at the provider as the second factor only when its amr claim names one', async () => {
    const tokenSays = (token: string | undefined) =>
      JSON.parse(Buffer.from((token ?? '').split('.')[1] ?? '', 'base64url').toString()) as { mfa?: boolean };
    const secure = await ssoSession(app, (await ssoFlow(app, 'sam.secure')).jar);
    expect(secure.status).toBe(200);
    expect(secure.body.user?.role).toBe('supervisor');
    expect(tokenSays(secure.body.accessToken).mfa).toBe(true);
    const plain = await ssoSession(app, (await ssoFlow(app, 'ruben.lead')).jar);
    expect(tokenSays(plain.body.accessToken).mfa).toBe(false);
  });

  it('takes the highest mapped role when the claim has several', async () => {
    const outcome = await ssoFlow(app, 'ruben.lead');
    const session = await ssoSession(app, outcome.jar);
    expect(session.status).toBe(200);
    expect(session.body.user?.role).toBe('supervisor');
  });

  it('refuses an account whose claim maps to no role, and creates nobody', async () => {
    const outcome = await ssoFlow(app, 'kim.marketing');
    expect(outcome.landing).toBe('/?sso_error=no_role');
    const session = await ssoSession(app, outcome.jar);
    expect(session.status).toBe(401);
    expect(session.body.code).toBe('SSO_FAILED');
    const admin = client(app.url, (await login(app.url, 'admin@example.org')).accessToken);
    const users = await admin.get<AdminUser[] | { items: AdminUser[] }>('/api/users/all');
    const list = Array.isArray(users.body) ? users.body : users.body.items;
    expect(list.some((user) => user.email === 'kim@zorg.example.nl')).toBe(false);
  });

  it('refuses a deactivated user', async () => {
    const first = await ssoSession(app, (await ssoFlow(app, 'ruben.lead')).jar);
    const admin = client(app.url, (await login(app.url, 'admin@example.org')).accessToken);
    const off = await admin.request('PATCH', `/api/users/${first.body.user?.id}`, { active: false });
    expect(off.status).toBe(200);
    const outcome = await ssoFlow(app, 'ruben.lead');
    expect(outcome.landing).toBe('/?sso_error=deactivated');
    expect((await ssoSession(app, outcome.jar)).status).toBe(401);
    // The earlier session ended with the deactivation.
    expect((await client(app.url, first.body.accessToken ?? '').get('/api/me')).status).toBe(401);
  });

  it('refuses a callback that does not belong to a login started here', async () => {
    const response = await fetch(`${app.url}/api/auth/oidc/callback?code=made-up&state=made-up`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/?sso_error=expired');
  });
});
