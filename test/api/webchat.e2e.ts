import type { AuditPage, WidgetHistory, WidgetSession } from '@webcare/shared';
import { client, eventually, login } from '../support/api';
import { startApp, type RunningApp } from '../support/app';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const SITE = 'http://127.0.0.1:9';

describe('web chat API (the widget key "demo")', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({ WEBCHAT_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const widget = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${app.url}/api/widget/demo${path}`, {
      ...init,
      headers: {
        origin: SITE,
        ...(init.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { 'x-webcare-visitor': init.token } : {}),
        ...(init.headers as Record<string, string> | undefined),
      },
    });

  async function newVisitor(): Promise<string> {
    const response = await widget('/sessions', { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE);
    return ((await response.json()) as WidgetSession).visitorToken;
  }

  const send = (token: string, text: string, clientId = `c${Math.random().toString(36).slice(2, 12)}`) =>
    widget('/messages', { method: 'POST', token, body: JSON.stringify({ clientId, text }) });

  it('serves /widget.js for other sites to load', async () => {
    const response = await fetch(`${app.url}/widget.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const script = await response.text();
    expect(script).toContain('data-webcare-launcher');
    // Its own small bundle: no React inside, under 100 kB.
    expect(script).not.toMatch(/react\.(transitional\.)?element/);
    expect(script.length).toBeLessThan(100_000);
  });

  it('triages a web chat message like any other and keeps it in the visitor’s conversation', async () => {
    const token = await newVisitor();
    const response = await send(token, 'Ik wil niet meer leven. Niemand zou me missen.', 'crisis-001');
    expect(response.status).toBe(202);
    // The same message again (a retried send) is stored once.
    expect((await send(token, 'Ik wil niet meer leven. Niemand zou me missen.', 'crisis-001')).status).toBe(
      202,
    );
    const { accessToken } = await login(app.url, 'agent@example.org');
    const agent = client(app.url, accessToken);
    const row = await eventually(async () => (await agent.conversations('?channel=webchat')).items[0]);
    expect(row).toMatchObject({ channel: 'webchat', visibility: 'private', priority: 'urgent' });
    expect(row.flags.map((f) => f.code)).toContain('crisis');
    expect(row.suggestedSwitch).toBe('call_back');
    const detail = await agent.conversation(row.id);
    expect(detail.messages.filter((m) => m.direction === 'in')).toHaveLength(1);

    expect(
      (await agent.post(`/api/conversations/${row.id}/replies`, { text: 'We zijn er voor u.' })).status,
    ).toBe(201);
    const history = await eventually(async () => {
      const body = (await (await widget('/messages', { token })).json()) as WidgetHistory;
      return body.items.length === 2 ? body : undefined;
    });
    expect(history.items.map((m) => [m.direction, m.text])).toEqual([
      ['in', 'Ik wil niet meer leven. Niemand zou me missen.'],
      ['out', 'We zijn er voor u.'],
    ]);
    // Another visitor sees nothing of it.
    const other = await newVisitor();
    expect(((await (await widget('/messages', { token: other })).json()) as WidgetHistory).items).toEqual([]);
  });

  it('refuses a message over the limit, an unknown visitor and a bad image with a clear error', async () => {
    const token = await newVisitor();
    const long = await send(token, 'x'.repeat(2001));
    expect(long.status).toBe(413);
    expect(await long.json()).toMatchObject({ code: 'MESSAGE_TOO_LONG' });

    const forged = await send(`${token.split('.')[0]}.forged`, 'hallo');
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'VISITOR_UNKNOWN' });

    const notImage = await widget('/images', {
      method: 'POST',
      token,
      body: Buffer.from('<svg onload="alert(1)"></svg>'),
      headers: { 'content-type': 'image/png' },
    });
    expect(notImage.status).toBe(415);
    const tooLarge = await widget('/images', {
      method: 'POST',
      token,
      body: Buffer.alloc(5 * 1024 * 1024 + 1),
      headers: { 'content-type': 'image/png' },
    });
    expect(tooLarge.status).toBe(413);

    const image = await widget('/images', {
      method: 'POST',
      token,
      body: PNG,
      headers: { 'content-type': 'image/png' },
    });
    expect(image.status).toBe(201);
    const { image: ref } = (await image.json()) as { image: string };
    // Someone else's upload cannot be attached.
    const stranger = await newVisitor();
    const stolen = await widget('/messages', {
      method: 'POST',
      token: stranger,
      body: JSON.stringify({ clientId: 'stolen-image', text: '', images: [ref] }),
    });
    expect(stolen.status).toBe(400);
  });

  it('limits messages per visitor and per address, with Retry-After', async () => {
    const token = await newVisitor();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(token, `bericht ${i}`)).status);
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    const limited = await send(token, 'nog een');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: 'RATE_LIMITED' });

    // Many visitors from one address: the address's limit (ten times a visitor's) holds them too.
    let refused = 0;
    for (let v = 0; v < 12 && refused === 0; v++) {
      const other = await newVisitor();
      for (let i = 0; i < 3; i++) if ((await send(other, `adres ${v}.${i}`)).status === 429) refused++;
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('answers CORS only for allowed sites', async () => {
    const preflight = await fetch(`${app.url}/api/widget/demo/messages`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Webcare-Visitor');
    const unknown = await fetch(`${app.url}/api/widget/nope/sessions`, {
      method: 'POST',
      headers: { origin: SITE, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unknown.status).toBe(404);
  });
  it('lets only an admin set up a widget account, names each wrong field, and switches one off everywhere', async () => {
    const admin = client(app.url, (await login(app.url, 'admin@example.org')).accessToken);
    const agent = client(app.url, (await login(app.url, 'agent@example.org')).accessToken);
    const account = {
      name: 'Kliniek Oost',
      allowedOrigins: ['*'],
      language: 'nl',
      primaryColor: '#0f766e',
      textColor: '#ffffff',
    };
    expect((await agent.request('PUT', '/api/widget-accounts/oost', account)).status).toBe(403);
    // Every message starts with the field it is about, so the console can put it beside that field.
    const wrong = await admin.request<{ code: string; message: string }>('PUT', '/api/widget-accounts/oost', {
      ...account,
      allowedOrigins: ['www.kliniek-oost.nl'],
      primaryColor: 'groen',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
    expect(
      wrong.body.message
        .split('; ')
        .map((part) => part.split(/[ :]/)[0])
        .sort(),
    ).toEqual(['allowedOrigins', 'primaryColor']);
    expect((await admin.request('PUT', '/api/widget-accounts/oost', account)).status).toBe(200);
    const session = () =>
      fetch(`${app.url}/api/widget/oost/sessions`, {
        method: 'POST',
        headers: { origin: SITE, 'content-type': 'application/json' },
        body: '{}',
      });
    expect((await session()).status).toBe(200);

    // Switched off: refused on every site, even with "*"; the rest of the account is kept.
    const off = await admin.request<{ active: boolean; name: string }>('PUT', '/api/widget-accounts/oost', {
      ...account,
      active: false,
    });
    expect(off.body).toMatchObject({ active: false, name: 'Kliniek Oost' });
    const refused = await session();
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    // Saving without `active` leaves it off; switching it on again lets the site back in.
    expect(
      (await admin.request<{ active: boolean }>('PUT', '/api/widget-accounts/oost', account)).body.active,
    ).toBe(false);
    await admin.request('PUT', '/api/widget-accounts/oost', { ...account, active: true });
    expect((await session()).status).toBe(200);
    const log = await admin.get<AuditPage>('/api/audit?limit=20');
    const mine = log.body.items
      .filter((entry) => entry.action.startsWith('webchat.') && entry.details.key === 'oost')
      .map((entry) => entry.action)
      .reverse();
    expect(mine).toEqual([
      'webchat.account_save',
      'webchat.account_deactivate',
      'webchat.account_save',
      'webchat.account_activate',
    ]);
  });
});
