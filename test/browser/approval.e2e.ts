import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { pageCommentDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('four eyes on a public reply (two browsers)', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the writer waits, a supervisor hears of it, approves, and the reply goes out', async () => {
    const viewport = { width: 1440, height: 900 };
    const writer = await loginAs(
      await (await browser.newContext({ viewport })).newPage(),
      app.url,
      'agent@example.org',
    );
    const approver = await loginAs(
      await (await browser.newContext({ viewport })).newPage(),
      app.url,
      'supervisor@example.org',
    );

    // The supervisor sets the policy in the console: sensitive public replies need a second pair of eyes.
    await approver.goto(`${app.url}/#/dashboard`);
    const settings = approver.getByTestId('workload-settings');
    await settings.waitFor({ timeout: 15_000 });
    await approver.getByTestId('approval-policy').selectOption('sensitive');
    await settings.getByRole('button', { name: 'Opslaan' }).click();
    await settings.getByText('Werkverdeling opgeslagen.').waitFor();

    const delivered = await postMeta(
      app.url,
      '/webhooks/meta',
      pageCommentDelivery({
        commentId: '122145678901234567_7001',
        authorId: '9301',
        name: 'Gerrit Bos',
        text: 'Mijn moeder heeft sinds gisteren hoge koorts na haar operatie bij jullie, wat moeten we doen?',
      }),
    );
    expect(delivered.status).toBe(200);

    // The writer answers in public: the reply waits, with no way to approve it oneself.
    const row = writer.getByTestId('queue-row').filter({ hasText: 'hoge koorts' });
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await writer.getByTestId('conversation-view').waitFor();
    await writer.getByTestId('visibility-public').click();
    await writer
      .getByTestId('composer-input')
      .fill('Wat vervelend. We sturen u een privébericht om dit te bespreken.');
    await writer.getByTestId('composer-send').click();
    const confirm = writer.getByTestId('public-confirm');
    if (await confirm.isVisible({ timeout: 1500 }).catch(() => false)) await confirm.click();
    const held = writer.locator('[data-testid="thread-message"][data-direction="out"]').filter({
      hasText: 'privébericht om dit te bespreken',
    });
    await held.locator('[data-testid="approval"][data-state="awaiting"]').waitFor({ timeout: 10_000 });
    expect(await held.getByTestId('approve-reply').count()).toBe(0);

    // The supervisor gets a live notice, follows it and approves.
    const notice = approver.getByTestId('approval-notice').first();
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain('wacht op goedkeuring');
    await notice.locator('.live-toast__body').click();
    await approver.getByTestId('conversation-view').waitFor();
    const pending = approver.locator('[data-testid="thread-message"][data-direction="out"]').filter({
      hasText: 'privébericht om dit te bespreken',
    });
    await pending.getByTestId('approve-reply').click();
    await pending.locator('[data-testid="approval"][data-state="approved"]').waitFor({ timeout: 10_000 });

    // The writer sees it approved and sent, live.
    await held.locator('[data-testid="approval"][data-state="approved"]').waitFor({ timeout: 10_000 });
    await held.locator('[data-testid="delivery-status"][data-status="sent"]').waitFor({ timeout: 15_000 });
    await writer.getByTestId('approval-notice').first().waitFor({ timeout: 10_000 });
  });
});
