import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { pageCommentDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('triage in the console (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await postMeta(
      app.url,
      '/webhooks/meta',
      pageCommentDelivery({
        commentId: 'c_b1',
        authorId: '9001',
        name: 'Gerda',
        text: 'Hoe laat begint de informatieavond?',
      }),
    );
    await postMeta(
      app.url,
      '/webhooks/meta',
      pageCommentDelivery({
        commentId: 'c_b2',
        authorId: '9002',
        name: 'Kees',
        text: 'Mijn vader ligt sinds dinsdag bij jullie met een longontsteking, mag ik morgen op bezoek?',
      }),
    );
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue-row').filter({ hasText: 'longontsteking' }).waitFor({ timeout: 15_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('explains flags, highlights the evidence, and acts on the suggested switch with one click', async () => {
    await page.getByTestId('queue-row').filter({ hasText: 'longontsteking' }).click();
    await page.getByTestId('conversation-view').waitFor();
    await page.locator('[data-testid="flag-chip"][data-flag="medical_public"]').first().waitFor();
    await page.getByTestId('evidence').first().waitFor();
    const card = page.getByTestId('switch-card');
    await card.waitFor();
    await page.getByTestId('switch-send').click();
    // The template goes out as a reply; the card says it was sent and offers it no more.
    await page
      .locator('[data-testid="thread-message"][data-direction="out"]')
      .first()
      .waitFor({ timeout: 10_000 });
    await page.locator('[data-testid="switch-card"][data-sent="true"]').waitFor({ timeout: 10_000 });
    expect(await page.getByTestId('switch-send').count()).toBe(0);
  });

  it('warns before an identifier is posted in public, and posts only after a deliberate confirm', async () => {
    await page.getByTestId('queue-row').filter({ hasText: 'informatieavond' }).click();
    await page.getByTestId('conversation-view').waitFor();
    await page.getByTestId('visibility-public').click();
    await page.getByTestId('composer-input').fill('Dag Gerda, uw BSN 111222333 staat genoteerd.');
    await page.getByTestId('draft-warning').waitFor({ timeout: 5_000 });
    await page.getByTestId('composer-send').click();
    const dialog = page.getByTestId('public-confirm-dialog');
    await dialog.waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: 'test-results/draft-check.png' }).catch(() => undefined);
    await page.getByTestId('public-confirm').click();
    await page
      .getByTestId('thread-message')
      .filter({ hasText: 'staat genoteerd' })
      .waitFor({ timeout: 10_000 });
  });
});
