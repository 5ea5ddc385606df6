import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { eventually } from '../support/api';
import { launchBrowser, loginAs } from '../support/browser';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('a crisis in the console', () => {
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

  it('`a` then `e` on an unanswered crisis asks for a reason; it stays in sight until one is given', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const agent = await loginAs(await context.newPage(), app.url, 'agent@example.org');
    const text = 'Ik wil dood, ik kan niet meer';
    const body = messengerDelivery({ mid: 'm_crisis_close_browser', senderId: '51515151', text });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);

    const row = agent.getByTestId('queue-row').filter({ hasText: 'kan niet meer' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await agent.getByTestId('conversation-view').waitFor();
    await agent
      .locator('body')
      .click({ position: { x: 5, y: 5 } })
      .catch(() => undefined);
    await agent.keyboard.press('a');
    await agent.keyboard.press('e');
    const dialog = agent.getByTestId('close-urgent-dialog');
    await dialog.waitFor();
    expect(await agent.getByTestId('close-urgent-confirm').isDisabled()).toBe(true);
    await agent.getByRole('button', { name: 'Open laten' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await agent.getByTestId('status-select').inputValue()).not.toBe('resolved');

    // The status menu asks too; with a reason and a note it closes.
    await agent.getByTestId('status-select').selectOption('resolved');
    await dialog.waitFor();
    await agent.getByTestId('close-reason-handled_elsewhere').check();
    await agent.getByTestId('close-urgent-note').fill('Door de huisarts gebeld');
    await agent.getByTestId('close-urgent-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      async () => (await agent.getByTestId('status-select').inputValue()) === 'resolved',
      10_000,
      'the conversation resolved',
    );
    await context.close();
  });
});
