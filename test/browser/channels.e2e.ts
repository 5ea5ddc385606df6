import type { Browser, Page } from 'playwright-core';
import { startFakeProvider, type FakeProvider } from '../../api/src/channels/testing/fake-provider';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { WHATSAPP_ACCOUNT_ID, whatsappDelivery, whatsappMessageDelivery } from '../support/deliveries';
import { payload, postMeta, postWebhook, xSign } from '../support/payloads';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('answering on every channel, in Chromium (fake providers on loopback)', () => {
  let provider: FakeProvider;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    provider = await startFakeProvider({
      media: { '1013859600285499': { bytes: PNG, mimeType: 'image/png' } },
    });
    app = await startApp({
      OUTBOUND_TRANSPORT: 'live',
      META_GRAPH_URL: provider.baseUrl,
      WHATSAPP_ACCESS_TOKEN: 'wa-token-for-tests',
      WHATSAPP_BUSINESS_ACCOUNT_ID: WHATSAPP_ACCOUNT_ID,
      X_API_URL: 'http://127.0.0.1:9',
      X_ACCESS_TOKEN: 'x-token',
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await provider?.close();
  });

  async function open(preview: string) {
    const row = page.getByTestId('queue-row').filter({ hasText: preview });
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.getByTestId('conversation-view').waitFor();
  }

  it('shows a WhatsApp image blurred, and sharp after reveal', async () => {
    const body = whatsappMessageDelivery({
      id: 'wamid.browser.img',
      from: '31688889999',
      content: {
        type: 'image',
        image: {
          id: '1013859600285499',
          mime_type: 'image/png',
          sha256: 'c0ffee',
          caption: 'Zo ziet de wond eruit',
        },
      },
    });
    expect((await postMeta(app.url, '/webhooks/whatsapp', body)).status).toBe(200);
    await open('wond eruit');
    await page.getByTestId('media-hidden').waitFor();
    await page.getByTestId('media-reveal').click();
    const image = page.getByTestId('media-revealed').locator('img');
    await image.waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="media-revealed"] img') as HTMLImageElement | null)
          ?.naturalWidth === 1,
    );
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
  });

  it('offers the approved templates after the 24-hour window and sends one', async () => {
    const at = Math.floor((Date.now() - 30 * 3600_000) / 1000);
    const body = whatsappDelivery({
      contacts: [{ profile: { name: 'Sanne' }, wa_id: '31699990000' }],
      messages: [
        {
          from: '31699990000',
          id: 'wamid.browser.old',
          timestamp: String(at),
          type: 'text',
          text: { body: 'Eergisteren: vraag over mijn medicatie' },
        },
      ],
    });
    expect((await postMeta(app.url, '/webhooks/whatsapp', body)).status).toBe(200);
    await open('vraag over mijn medicatie');
    await page.locator('[data-testid="composer-window"][data-state="template_only"]').waitFor();
    await page.getByTestId('template-select').selectOption('afspraak_herinnering|nl');
    await page.getByTestId('template-variable-1').fill('Sanne');
    await page.getByTestId('template-variable-2').fill('uw medicatie');
    await expect(page.getByTestId('template-preview').textContent()).resolves.toContain(
      'Beste Sanne, we hebben uw bericht gezien. Wilt u ons bellen over uw medicatie?',
    );
    await page.getByTestId('template-send').click();
    const sent = page
      .getByTestId('thread-message')
      .filter({ hasText: 'Wilt u ons bellen over uw medicatie?' });
    await sent.waitFor();
    await sent.locator('[data-testid="delivery-status"][data-status="sent"]').waitFor({ timeout: 15_000 });
    expect(
      provider.requests.some((r) => (r.body as { type?: string } | undefined)?.type === 'template'),
    ).toBe(true);
  });

  it('counts a public X reply against 280 characters', async () => {
    const body = payload('x-tweet-mention.json');
    const delivered = await postWebhook(app.url, '/webhooks/x', body, {
      'content-type': 'application/json',
      'x-twitter-webhooks-signature': xSign(body),
    });
    expect(delivered.status).toBe(200);
    await open('niemand reageert');
    await page.getByTestId('composer-input').fill('a'.repeat(281));
    await expect(page.getByTestId('composer-count').textContent()).resolves.toContain('281 / 280');
    expect(await page.getByTestId('composer-send').isDisabled()).toBe(true);
    await page.getByTestId('composer-input').fill('Dank voor je bericht, we sturen je een DM.');
    expect(await page.getByTestId('composer-send').isDisabled()).toBe(false);
  });
});
