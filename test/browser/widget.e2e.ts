import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuditPage } from '@webcare/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { client, eventually, login } from '../support/api';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The organisation's own site: another origin than the inbox (its own loopback server and port). `/`
 * carries the widget of `?account=`; `/pasted` carries whatever script tag the test pasted into it.
 */
async function startSite(
  inboxUrl: string,
): Promise<{ url: string; server: Server; paste: (snippet: string) => void }> {
  let pasted = '';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://site');
    const key = url.searchParams.get('account') ?? 'demo';
    const tag =
      url.pathname === '/pasted'
        ? pasted
        : `<script src="${inboxUrl}/widget.js" data-account="${key}" async></script>`;
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    // The site's own CSS tries to restyle everything: the widget's Shadow DOM keeps it out.
    response.end(`<!doctype html><html lang="nl"><head><title>Zorggroep</title>
      <style>* { color: red !important; font-size: 40px !important; } button, div { display: none !important; }</style>
      </head><body><h1>Welkom bij de Zorggroep</h1>
      ${tag}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    paste: (snippet) => (pasted = snippet),
  };
}

describe('the web chat widget on another site, in Chromium', () => {
  let app: RunningApp;
  let site: Awaited<ReturnType<typeof startSite>>;
  let browser: Browser;
  let visitor: BrowserContext;
  let widget: Page;
  let console_: Page;

  beforeAll(async () => {
    app = await startApp({ WEBCHAT_RATE_LIMIT: '6' });
    site = await startSite(app.url);
    browser = await launchBrowser();
    visitor = await browser.newContext();
    widget = await visitor.newPage();
    console_ = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(console_, app.url, 'agent@example.org');
    await console_.getByTestId('queue').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.server.close(resolve));
    await app?.stop();
  });

  async function openConversation(preview: string): Promise<void> {
    const row = console_.getByTestId('queue-row').filter({ hasText: preview });
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    await console_.getByTestId('conversation-view').waitFor();
  }

  it('chats: privacy first, the message in the queue, the answer live with typing, and all of it after a reload', async () => {
    await widget.goto(site.url);
    expect(new URL(site.url).origin).not.toBe(new URL(app.url).origin);
    await widget.locator('[data-webcare-launcher]').click();
    // The privacy notice comes before the first message; the input waits for it.
    await widget.locator('[data-webcare-privacy]').getByText('Voordat u begint').waitFor();
    expect(await widget.locator('[data-webcare-input]').isDisabled()).toBe(true);
    await widget.locator('[data-webcare-privacy-accept]').click();

    const hostile =
      'Hallo, <img src=x onerror="window.__pwned=1"> kan ik een afspraak maken voor mijn moeder?';
    await widget.locator('[data-webcare-input]').fill(hostile);
    await widget.locator('[data-webcare-send]').click();
    const mine = widget.locator('[data-webcare-message][data-direction="in"]');
    await mine.filter({ hasText: 'afspraak maken' }).waitFor();
    expect(await mine.first().textContent()).toContain('<img src=x');

    // The agent sees it in the queue, as web chat, and answers from the normal composer.
    await openConversation('afspraak maken');
    const inThread = console_.getByTestId('thread-message').filter({ hasText: 'afspraak maken' });
    await inThread.waitFor();
    expect(await inThread.textContent()).toContain('<img src=x');
    await console_.getByTestId('composer-input').fill('Dat kan. Welke dag past u het best?');
    // The visitor sees that an answer is being typed.
    await widget.locator('[data-webcare-typing]:not([hidden])').waitFor({ timeout: 10_000 });
    await console_.getByTestId('composer-send').click();

    const answer = widget
      .locator('[data-webcare-message][data-direction="out"]')
      .filter({ hasText: 'Welke dag' });
    await answer.waitFor({ timeout: 15_000 });
    expect(await widget.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await console_.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();

    // The conversation survives a reload: the anonymous visitor token in the site's storage.
    await widget.reload();
    await widget.locator('[data-webcare-panel]').waitFor();
    if (!(await widget.locator('[data-webcare-input]').isVisible())) {
      await widget.locator('[data-webcare-launcher]').click();
    }
    await widget
      .locator('[data-webcare-message][data-direction="out"]')
      .filter({ hasText: 'Welke dag' })
      .waitFor();
    await widget
      .locator('[data-webcare-message][data-direction="in"]')
      .filter({ hasText: 'afspraak maken' })
      .waitFor();
    expect(await widget.locator('[data-webcare-privacy]').isVisible()).toBe(false);

    // The agent sees the visitor typing.
    await widget.locator('[data-webcare-input]').pressSequentially('Fijn, en', { delay: 20 });
    await console_.getByTestId('contact-typing').waitFor({ timeout: 10_000 });
    await widget.locator('[data-webcare-input]').fill('');

    // And an answer after the reload arrives live too.
    await console_.getByTestId('composer-input').fill('Donderdagochtend is er plek.');
    await console_.getByTestId('composer-send').click();
    await widget
      .locator('[data-webcare-message][data-direction="out"]')
      .filter({ hasText: 'Donderdagochtend' })
      .waitFor({ timeout: 15_000 });
  });

  it('sends an image that arrives blurred in the console and shows after reveal', async () => {
    await widget
      .locator('input[type="file"]')
      .setInputFiles({ name: 'wond.png', mimeType: 'image/png', buffer: PNG });
    await widget.locator('[data-webcare-image-chip]').waitFor();
    await widget.locator('[data-webcare-input]').fill('Zo ziet de plek op mijn arm eruit');
    await widget.locator('[data-webcare-send]').click();
    await widget
      .locator('[data-webcare-message]')
      .filter({ hasText: 'plek op mijn arm' })
      .locator('img')
      .waitFor();

    const message = console_.getByTestId('thread-message').filter({ hasText: 'plek op mijn arm' });
    await message.waitFor({ timeout: 20_000 });
    await message.getByTestId('media-hidden').waitFor();
    await message.getByTestId('media-reveal').click();
    await message.getByTestId('media-revealed').locator('img').waitFor();
    await console_.waitForFunction(
      () =>
        (document.querySelector('[data-testid="media-revealed"] img') as HTMLImageElement | null)
          ?.naturalWidth === 1,
    );
  });

  it('says clearly in the widget when a message is over the limit, and keeps the text', async () => {
    const long = 'a'.repeat(2001);
    await widget.locator('[data-webcare-input]').fill(long);
    await widget.locator('[data-webcare-send]').click();
    const error = widget.locator('[data-webcare-error]');
    await error.getByText('te lang').waitFor();
    expect(await error.textContent()).toContain('2000');
    expect(await widget.locator('[data-webcare-input]').inputValue()).toBe(long);
    await widget.locator('[data-webcare-input]').fill('');
  });

  it('asks the visitor for a number when the agent switches to a call back', async () => {
    const { accessToken } = await login(app.url, 'agent@example.org');
    const api = client(app.url, accessToken);
    const page = await api.conversations('?channel=webchat');
    expect(page.items).toHaveLength(1);
    const id = page.items[0].id;
    expect((await api.post(`/api/conversations/${id}/switch`, { kind: 'call_back' })).status).toBe(201);
    await widget.locator('[data-webcare-phone]:not([hidden])').waitFor({ timeout: 15_000 });
    await widget.locator('[data-webcare-phone-input]').fill('06 1234 5678');
    await widget.locator('[data-webcare-phone-send]').click();
    await widget.locator('[data-webcare-phone]').waitFor({ state: 'hidden' });
    await eventually(async () => {
      const detail = await api.conversation(id);
      return detail.messages.some((m) => m.direction === 'in' && m.text.includes('06 1234 5678'));
    });
  });

  it('speaks English and wears the colours of an account that allows this site', async () => {
    const { accessToken } = await login(app.url, 'admin@example.org');
    const admin = client(app.url, accessToken);
    const saved = await admin.request('PUT', '/api/widget-accounts/kliniek', {
      name: 'Kliniek West',
      allowedOrigins: [site.url],
      language: 'en',
      primaryColor: '#7c3aed',
      textColor: '#ffffff',
      privacyEn: 'We keep your messages <b>safe</b>.',
    });
    expect(saved.status).toBe(200);
    const page = await visitor.newPage();
    await page.goto(`${site.url}/?account=kliniek`);
    const launcher = page.locator('[data-webcare-launcher]');
    await launcher.click();
    await page.locator('[data-webcare-privacy]').getByText('Before you start').waitFor();
    expect(await page.locator('[data-webcare-privacy] p').textContent()).toBe(
      'We keep your messages <b>safe</b>.',
    );
    expect(await launcher.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(
      'rgb(124, 58, 237)',
    );
    // The site's own CSS (red, 40px, buttons and divs hidden) does not reach into the widget.
    expect(await launcher.isVisible()).toBe(true);
    expect(
      await page.locator('[data-webcare-input]').evaluate((node) => getComputedStyle(node).fontSize),
    ).not.toBe('40px');
    expect(await page.locator('[data-webcare-status]').textContent()).toMatch(/Available|Closed/);
    await page.close();
  });

  it('is refused on a site the widget account does not allow', async () => {
    const { accessToken } = await login(app.url, 'admin@example.org');
    const admin = client(app.url, accessToken);
    const saved = await admin.request('PUT', '/api/widget-accounts/ziekenhuis', {
      name: 'Ziekenhuis Oost',
      allowedOrigins: ['https://www.ziekenhuis-oost.example'],
      language: 'en',
      primaryColor: '#7c3aed',
      textColor: '#ffffff',
    });
    expect(saved.status).toBe(200);
    const page = await visitor.newPage();
    await page.goto(`${site.url}/?account=ziekenhuis`);
    await page.locator('[data-webcare-launcher]').click();
    await page.locator('[data-webcare-error]').getByText('op deze website niet beschikbaar').waitFor();
    expect(await page.locator('[data-webcare-message]').count()).toBe(0);
    // The API itself refuses every request of the site, whatever the browser does with CORS.
    const refused = await fetch(`${app.url}/api/widget/ziekenhuis/sessions`, {
      method: 'POST',
      headers: { origin: site.url, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    // And its live line.
    const { io } = await import('socket.io-client');
    const socket = io(`${app.url}/widget`, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { origin: site.url },
      auth: { key: 'ziekenhuis', visitorToken: 'x.y' },
    });
    await new Promise<void>((resolve) => socket.on('disconnect', () => resolve()));
    socket.close();
    const allowed = await fetch(`${app.url}/api/widget/ziekenhuis/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'https://www.ziekenhuis-oost.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.ziekenhuis-oost.example');
    await page.close();
  });
  it('is set up by an admin in the console: the script tag pasted into an allowed site opens the chat', async () => {
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await loginAs(admin, app.url, 'admin@example.org');
    await admin.goto(`${app.url}/#/admin`);
    const section = admin.getByTestId('widgets-admin');
    await section.getByTestId('widget-row').first().waitFor();
    await section.getByTestId('widget-new').click();
    const form = section.getByTestId('widget-form');
    await form.getByTestId('widget-name').fill('Revalidatie Noord');
    // The key follows the name until the admin types one.
    expect(await form.getByTestId('widget-key').inputValue()).toBe('revalidatie-noord');
    await form.getByTestId('widget-origins').fill(`${site.url}/\nhttps://www.revalidatie-noord.example`);
    // A light colour under white text: the preview shows it and warns below WCAG AA.
    await form.getByTestId('widget-primaryColor').fill('#fde68a');
    await form.getByTestId('widget-contrast-warning').waitFor();
    expect(
      await form
        .getByTestId('widget-preview-launcher')
        .evaluate((node) => getComputedStyle(node).backgroundColor),
    ).toBe('rgb(253, 230, 138)');
    await form.getByTestId('widget-primaryColor').fill('#1d4ed8');
    await form.getByTestId('widget-contrast-warning').waitFor({ state: 'detached' });
    // A wrong colour is named beside its field, and nothing is saved.
    await form.getByTestId('widget-textColor').fill('wit');
    await form.getByTestId('widget-save').click();
    await form.getByTestId('widget-textColor-problem').waitFor();
    expect(await form.getByTestId('widget-textColor').getAttribute('aria-invalid')).toBe('true');
    await form.getByTestId('widget-textColor').fill('#ffffff');
    await form.getByTestId('widget-save').click();

    // Saved: the account is listed and its script tag is shown, with the attribute the widget reads.
    await section.locator('[data-testid="widget-row"][data-key="revalidatie-noord"]').waitFor();
    const snippet = (await section.getByTestId('widget-snippet-code').textContent())!;
    expect(snippet).toBe(
      `<script src="${app.url}/widget.js" data-account="revalidatie-noord" async></script>`,
    );
    await admin.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    await section.getByTestId('widget-snippet-copy').click();
    await section.getByTestId('widget-snippet-copied').getByText('Gekopieerd').waitFor();
    expect(await admin.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    // The pasted tag on the allowed site: the launcher in the chosen colour, and the chat opens.
    site.paste(snippet);
    const page = await visitor.newPage();
    await page.goto(`${site.url}/pasted`);
    const launcher = page.locator('[data-webcare-launcher]');
    await launcher.click();
    await page.locator('[data-webcare-privacy]').getByText('Voordat u begint').waitFor();
    expect(await launcher.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(
      'rgb(29, 78, 216)',
    );
    expect(await page.locator('[data-webcare-error]').isVisible()).toBe(false);

    // Switched off in the console: the same site is refused, and the access log says who did it.
    await section
      .locator('[data-testid="widget-row"][data-key="revalidatie-noord"]')
      .getByTestId('widget-toggle-active')
      .click();
    await section
      .locator('[data-testid="widget-row"][data-key="revalidatie-noord"][data-active="false"]')
      .waitFor();
    const refused = await fetch(`${app.url}/api/widget/revalidatie-noord/sessions`, {
      method: 'POST',
      headers: { origin: site.url, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(refused.status).toBe(403);
    const { accessToken } = await login(app.url, 'admin@example.org');
    const log = await client(app.url, accessToken).get<AuditPage>(
      '/api/audit?action=webchat.account_deactivate',
    );
    expect(log.body.items.map((entry) => entry.details)).toContainEqual(
      expect.objectContaining({ key: 'revalidatie-noord' }),
    );
    await page.close();
    await admin.close();
  });
});
