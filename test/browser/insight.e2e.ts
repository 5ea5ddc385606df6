import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { pageCommentDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

const WAVE = [
  ['Anouk', 'Ik zag de uitzending, hoe lang is de wachtlijst nu?'],
  ['Bram', 'Waar kan ik de uitzending terugkijken?'],
  ['Chantal', 'Mooie uitzending, dank jullie wel'],
  ['Dirk', 'Wat zijn de bezoektijden in het weekend?'],
  ['Els', 'Hebben jullie nog vacatures in de nachtdienst?'],
  ['Fenna', 'Goede uitzending, eindelijk aandacht hiervoor'],
];

describe('the spike banner and the insight page in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ DEMO_QUEUE: '0', BULK_REPLY_INTERVAL_MS: '50' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows an agent the wave live, grouped, and answers it in bulk', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue').waitFor();
    expect(await page.getByTestId('spike-banner').count()).toBe(0);

    for (const [i, [name, text]] of WAVE.entries()) {
      const body = pageCommentDelivery({
        commentId: `122145678901234567_81${i}`,
        authorId: `881${i}`,
        name,
        text,
      });
      expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);
    }
    const banner = page.getByTestId('spike-banner');
    await banner.getByText('reacties op één bericht', { exact: false }).waitFor({ timeout: 30_000 });
    await banner.getByRole('button', { name: 'Bekijken' }).click();
    const panel = page.getByTestId('spike-panel');
    await panel.getByText('Anouk').waitFor();
    await page.getByTestId('spike-reply-text').fill('Dank voor uw reactie op de uitzending.');
    await panel.getByRole('button', { name: /Beantwoord \d+ gesprekken/ }).click();
    await page.getByTestId('spike-confirm-send').click();
    await panel.getByText('reacties worden verstuurd', { exact: false }).waitFor();
    await page
      .getByTestId('spike-progress')
      .getByText(/\d+ verstuurd, 0 in de wachtrij/)
      .waitFor({ timeout: 30_000 });
    await panel.getByText('Al beantwoord', { exact: false }).waitFor();
    await page.close();
  });

  it('shows a supervisor the topics, sets a goal and shows its evaluation', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await loginAs(page, app.url, 'supervisor@example.org');
    await page.getByTestId('nav-insight').click();
    await page.getByTestId('insight-page').waitFor();
    const topics = page.getByTestId('topics-card');
    await topics.locator('.topic-chart__row').first().waitFor();
    await topics.getByText('Uitzending en media').waitFor();

    const goals = page.getByTestId('goals-card');
    await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
    await goals.getByLabel('Doel').selectOption('volume');
    await goals.getByLabel('Streefwaarde').fill('3');
    await goals.getByRole('button', { name: 'Doelen opslaan' }).click();
    await goals.getByText('De doelen zijn opgeslagen.').waitFor();
    const evaluation = page.getByTestId('evaluation-card');
    await evaluation.getByText('Aantal gesprekken').waitFor();
    await evaluation.getByText('Ja', { exact: true }).waitFor();
    await page.close();
  });
});
