import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('the supervisor dashboard and access log in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const body = messengerDelivery({
      mid: 'm_dashboard_1',
      senderId: '4242',
      text: 'Hoe laat begint het bezoekuur vandaag?',
    });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the supervisor live queue health, charts and the agent table', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(page, app.url, 'supervisor@example.org');
    await page.getByTestId('queue').waitFor();
    await page.getByTestId('nav-dashboard').click();
    await page.getByTestId('dashboard').waitFor();
    const health = page.getByTestId('queue-health');
    await health.waitFor();
    // The message above waits in the queue: open and unassigned count it once the worker has applied it.
    await page.waitForFunction(
      () =>
        Number(document.querySelector('[data-testid="health-open"] .dash-figure__value')?.textContent) >= 1,
      undefined,
      { timeout: 20_000 },
    );
    expect(await page.getByTestId('health-priority-urgent').count()).toBe(1);
    await page.getByTestId('chart-trend').waitFor();
    await page.getByTestId('chart-hours').waitFor();
    expect(await page.locator('[data-testid="chart-hours"] rect').count()).toBe(24);
    await page.getByTestId('agent-table').waitFor();
    await page.getByTestId('breach-list').waitFor();
    expect(await page.getByText('Wachtrij nu').count()).toBe(1);

    // The targets are editable here; saving recomputes running deadlines.
    const settings = page.getByTestId('sla-settings');
    await settings.waitFor();
    // Each field names its priority and channel; 0 is refused in words, never saved as 1 minute.
    const urgentFirst = settings.getByLabel('Urgent, alle kanalen: Eerste reactie (min)');
    await urgentFirst.fill('0');
    await page.getByTestId('sla-save').click();
    await settings.getByTestId('sla-message').getByText('minimaal 1 minuut', { exact: false }).waitFor();
    expect(await page.getByTestId('sla-confirm-dialog').count()).toBe(0);
    expect(await urgentFirst.inputValue()).toBe('0');
    await urgentFirst.fill('20');
    await page.getByTestId('sla-save').click();
    // Saving recalculates running deadlines: asked first.
    await page.getByTestId('sla-confirm-dialog').waitFor();
    await page.getByTestId('sla-confirm').click();
    await settings.getByText('Opgeslagen', { exact: false }).waitFor();
    await page.close();
  });

  it('shows the access log with the logins and verifies the chain', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(page, app.url, 'admin@example.org');
    await page.getByTestId('queue').waitFor();
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-page').waitFor();
    await page.locator('[data-testid="audit-table"] tbody tr').first().waitFor();
    expect(
      await page.locator('[data-testid="audit-table"] tbody tr', { hasText: 'login' }).count(),
    ).toBeGreaterThan(0);
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verification').getByText('De keten is intact', { exact: false }).waitFor();
    await page.close();
  });

  it('gives agents no dashboard or audit in the navigation, and no way in by address', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue').waitFor();
    await page.getByTestId('nav-inbox').waitFor();
    expect(await page.getByTestId('nav-dashboard').count()).toBe(0);
    expect(await page.getByTestId('nav-audit').count()).toBe(0);
    await page.goto(`${app.url}/#/dashboard`);
    await page.getByTestId('queue').waitFor();
    expect(await page.getByTestId('dashboard').count()).toBe(0);
    await page.close();
  });
});
