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

  it('a new crisis is pinned in "Eerst contact nodig" with a toast, and a desktop notification when the tab is in the background', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.grantPermissions(['notifications'], { origin: app.url });
    const page = await context.newPage();
    // Record notifications the page makes (the real Notification API underneath), and let the test say
    // when the tab is in the background.
    await page.addInitScript(() => {
      const w = window as unknown as { __notes: string[]; __hidden: boolean };
      w.__notes = [];
      w.__hidden = false;
      Object.defineProperty(document, 'visibilityState', { get: () => (w.__hidden ? 'hidden' : 'visible') });
      const Real = window.Notification;
      class Recorded extends Real {
        constructor(title: string, options?: NotificationOptions) {
          super(title, options);
          w.__notes.push(`${title}|${options?.body ?? ''}`);
        }
      }
      Object.defineProperty(Recorded, 'permission', { get: () => Real.permission });
      window.Notification = Recorded as typeof Notification;
    });
    const agent = await loginAs(page, app.url, 'agent@example.org');
    // Older ordinary work fills the queue first.
    for (let i = 0; i < 3; i++) {
      const body = messengerDelivery({
        mid: `m_lane_plain_${i}`,
        senderId: `6161${i}`,
        text: `Vraag over parkeren ${i}`,
      });
      expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    }
    await agent.getByTestId('queue-row').filter({ hasText: 'parkeren 2' }).waitFor({ timeout: 15_000 });

    const crisis = messengerDelivery({
      mid: 'm_lane_crisis',
      senderId: '61619',
      text: 'Ik wil niet meer leven, vannacht doe ik het',
    });
    expect((await postMeta(app.url, '/webhooks/meta', crisis)).status).toBe(200);
    const lane = agent.getByTestId('first-contact-lane');
    await lane.getByTestId('queue-row').filter({ hasText: 'vannacht' }).waitFor({ timeout: 15_000 });
    expect(await lane.textContent()).toContain('Eerst contact nodig');
    await agent.getByTestId('crisis-toast').filter({ hasText: 'Nieuwe crisis' }).waitFor();

    // In the background: a desktop notification too.
    await agent.evaluate(() => ((window as unknown as { __hidden: boolean }).__hidden = true));
    const second = messengerDelivery({
      mid: 'm_lane_crisis_2',
      senderId: '61620',
      text: 'Mijn begeleider slaat me en ik mag het niemand vertellen',
    });
    expect((await postMeta(app.url, '/webhooks/meta', second)).status).toBe(200);
    await eventually(
      async () =>
        (await agent.evaluate(() => (window as unknown as { __notes: string[] }).__notes)).length > 0,
      15_000,
      'a desktop notification',
    );
    // Newest danger first.
    const laneRows = lane.getByTestId('queue-row');
    await eventually(async () => (await laneRows.count()) === 2, 10_000, 'two rows in the lane');
    expect(await laneRows.first().textContent()).toContain('begeleider');

    // Sound can be muted, and it stays muted.
    await agent.getByTestId('alarm-mute').click();
    expect(await agent.getByTestId('alarm-mute').getAttribute('aria-pressed')).toBe('true');

    // Answering takes it out of the lane.
    await laneRows.filter({ hasText: 'vannacht' }).click();
    await agent.getByTestId('conversation-view').waitFor();
    await agent.getByTestId('composer-input').fill('We zijn er voor je. Mogen we je bellen?');
    await agent.getByTestId('composer-send').click();
    await eventually(async () => (await laneRows.count()) === 1, 10_000, 'the answered row leaving the lane');
    await context.close();
  });

  it('a dropped connection shows a banner and the queue re-syncs; a login holds in a new tab and a deep link', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const agent = await loginAs(await context.newPage(), app.url, 'agent@example.org');
    await agent.getByTestId('connection-status').and(agent.locator('[data-status="connected"]')).waitFor();
    await context.setOffline(true);
    await agent.getByTestId('connection-banner').waitFor({ timeout: 30_000 });
    const body = messengerDelivery({
      mid: 'm_offline_1',
      senderId: '71717',
      text: 'Bericht tijdens de storing',
    });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    await context.setOffline(false);
    await agent.getByTestId('connection-banner').waitFor({ state: 'detached', timeout: 30_000 });
    await agent
      .getByTestId('queue-row')
      .filter({ hasText: 'tijdens de storing' })
      .waitFor({ timeout: 15_000 });

    // A new tab on a deep link opens signed in.
    const id = await agent
      .getByTestId('queue-row')
      .filter({ hasText: 'tijdens de storing' })
      .getAttribute('data-conversation-id');
    const second = await context.newPage();
    await second.goto(`${app.url}/#/inbox/${id}`);
    await second.getByTestId('conversation-view').waitFor({ timeout: 15_000 });
    expect(await second.getByTestId('login-email').count()).toBe(0);
    await context.close();
  });

  it('once a switch is sent the card says so and offers it no more', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const agent = await loginAs(await context.newPage(), app.url, 'agent@example.org');
    const text = 'Ik heb sinds gisteren pijn op de borst en mijn arm voelt raar, wat moet ik doen?';
    const body = messengerDelivery({ mid: 'm_switch_sent', senderId: '81818', text });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    const row = agent.getByTestId('queue-row').filter({ hasText: 'pijn op de borst' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    const card = agent.getByTestId('switch-card');
    await card.waitFor();
    await agent.getByTestId('switch-send').click();
    await agent.locator('[data-testid="switch-card"][data-sent="true"]').waitFor({ timeout: 10_000 });
    expect(await agent.getByTestId('switch-send').count()).toBe(0);
    // After a reload the thread still says it was sent.
    await agent.reload();
    await agent.locator('[data-testid="switch-card"][data-sent="true"]').waitFor({ timeout: 15_000 });
    expect(await agent.getByTestId('switch-send').count()).toBe(0);
    await context.close();
  });

  it('advisors and supervisors can put a device on call for Web Push; agents are not offered it', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const supervisor = await loginAs(await context.newPage(), app.url, 'supervisor@example.org');
    await supervisor.getByTestId('alarm-push').waitFor();
    expect(await supervisor.getByTestId('alarm-push').getAttribute('aria-label')).toContain('dit apparaat');
    // The service worker that shows the pushes is served and registers.
    const scope = await supervisor.evaluate(
      async () => (await navigator.serviceWorker.register('/sw.js')).scope,
    );
    expect(scope).toBe(`${app.url}/`);
    await context.close();
    const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const agent = await loginAs(await agentContext.newPage(), app.url, 'agent@example.org');
    expect(await agent.getByTestId('alarm-push').count()).toBe(0);
    await agentContext.close();
  });

  it('"niet bereikt" on a crisis call-back leaves the next attempt in the panel and the attempt in the thread', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const agent = await loginAs(await context.newPage(), app.url, 'agent@example.org');
    const text = 'Ik heb de pillen al klaargelegd, ik wil dood';
    const body = messengerDelivery({ mid: 'm_callback_browser', senderId: '91919', text });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    const row = agent.getByTestId('queue-row').filter({ hasText: 'klaargelegd' }).first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await agent.getByTestId('conversation-view').waitFor();
    const panel = agent.getByTestId('call-back-panel');
    const shown = await panel
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false);
    if (!shown) await agent.getByRole('button', { name: 'Contactkaart tonen' }).click();
    await panel.waitFor();
    await agent.getByTestId('call-back-plan').click();
    await agent.getByTestId('call-back-reason').fill('Crisis: direct bellen');
    await agent.getByTestId('call-back-reason').press('Enter');
    const task = panel.getByTestId('call-back-task');
    await task.waitFor();
    await task.getByTestId('call-back-not_reached').click();
    await agent
      .getByTestId('thread-message')
      .filter({ hasText: 'niet bereikt (poging 1)' })
      .waitFor({ timeout: 10_000 });
    await task.first().waitFor();
    expect(await task.count()).toBe(1);
    await context.close();
  });
});
