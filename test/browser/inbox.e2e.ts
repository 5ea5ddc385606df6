import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('the console in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('logs in, shows a webhook message live, opens it, replies and shows it sent', async () => {
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue').waitFor();

    const text = 'Goedemorgen, kan ik mijn afspraak bij de fysiotherapeut verzetten?';
    const body = messengerDelivery({ mid: 'm_browser_1', senderId: '31337', text });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);

    const row = page.getByTestId('queue-row').filter({ hasText: 'fysiotherapeut' });
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await page.getByTestId('conversation-view').waitFor();
    await page.getByTestId('thread-message').filter({ hasText: text }).waitFor();

    await page.getByTestId('composer-input').fill('Dat kan zeker. Welke dag past u?');
    await page.getByTestId('composer-send').click();
    const sent = page.getByTestId('thread-message').filter({ hasText: 'Welke dag past u?' });
    await sent.waitFor();
    await sent.locator('[data-testid="delivery-status"][data-status="sent"]').waitFor({ timeout: 15_000 });
  });
});
