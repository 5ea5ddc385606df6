import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser } from '../support/browser';
import { asciiJson, postMeta } from '../support/payloads';

const PAGE_ID = '104523889012345';

function comment(commentId: string, authorId: string, name: string, text: string): string {
  const post = `${PAGE_ID}_122145678901234567`;
  const at = Math.floor(Date.now() / 1000);
  return asciiJson({
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: at,
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: authorId, name },
              post_id: post,
              comment_id: commentId,
              created_time: at,
              item: 'comment',
              parent_id: post,
              verb: 'add',
              message: text,
            },
          },
        ],
      },
    ],
  });
}

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
      comment('c_b1', '9001', 'Gerda', 'Hoe laat begint de informatieavond?'),
    );
    await postMeta(
      app.url,
      '/webhooks/meta',
      comment(
        'c_b2',
        '9002',
        'Kees',
        'Mijn vader ligt sinds dinsdag bij jullie met een longontsteking, mag ik morgen op bezoek?',
      ),
    );
    await page.goto(app.url);
    await page.getByTestId('login-email').fill('agent@example.org');
    await page.getByTestId('login-password').fill('webcare-demo');
    await page.getByTestId('login-submit').click();
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
    expect(await page.getByTestId('evidence').count()).toBeGreaterThan(0);
    const card = page.getByTestId('switch-card');
    await card.waitFor();
    await page.getByTestId('switch-send').click();
    // The template goes out as a reply and the card disappears.
    await page
      .locator('[data-testid="thread-message"][data-direction="out"]')
      .first()
      .waitFor({ timeout: 10_000 });
    await card.waitFor({ state: 'detached', timeout: 10_000 });
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
