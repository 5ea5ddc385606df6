import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

describe('escalation in the console (two browsers)', () => {
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

  it('agent escalates, the advisor accepts and answers, the agent sees the advice live', async () => {
    const viewport = { width: 1440, height: 900 };
    const agentContext = await browser.newContext({ viewport });
    const advisorContext = await browser.newContext({ viewport });
    const agent = await loginAs(await agentContext.newPage(), app.url, 'agent@example.org');
    const advisor = await loginAs(await advisorContext.newPage(), app.url, 'advisor@example.org');

    const text = 'Mijn vader is verward en weet niet meer welke medicijnen hij moet nemen.';
    const body = messengerDelivery({ mid: 'm_escalation_browser', senderId: '42424242', text });
    expect((await postMeta(app.url, '/webhooks/meta', body)).status).toBe(200);

    // The agent opens the conversation and escalates it to Regio Noord as a consult.
    const row = agent.getByTestId('queue-row').filter({ hasText: 'verward' });
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await agent.getByTestId('conversation-view').waitFor();
    await agent.getByTestId('escalate-open').click();
    const dialog = agent.getByTestId('escalate-dialog');
    await dialog.waitFor();
    await agent.getByTestId('escalate-team').selectOption({ label: 'Regio Noord (regio)' });
    await agent.getByTestId('escalate-mode-consult').check();
    await expect(agent.getByTestId('escalate-urgency').textContent()).resolves.toContain('oppakken binnen');
    await agent.getByTestId('escalate-reason').fill('Medicatievraag bij verwardheid, graag advies');
    await agent.getByTestId('escalate-submit').click();
    await dialog.waitFor({ state: 'detached' });
    const panel = agent.getByTestId('escalation-panel');
    await panel.waitFor();
    expect(await panel.getAttribute('data-status')).toBe('open');

    // The advisor hears of it (counter and toast), opens the escalations console, accepts and answers.
    await advisor.getByTestId('escalation-counter').waitFor({ timeout: 15_000 });
    expect(await advisor.getByTestId('escalation-counter').textContent()).toBe('1');
    await advisor.getByTestId('escalation-toast').first().waitFor();
    await advisor.getByTestId('nav-escalations').click();
    const escalationRow = advisor.getByTestId('escalation-row').filter({ hasText: 'Medicatievraag' });
    await escalationRow.waitFor();
    await escalationRow.click();
    await advisor.getByTestId('conversation-view').waitFor();
    await advisor
      .locator('[data-testid="thread-message"][data-direction="in"]')
      .filter({ hasText: 'verward' })
      .waitFor();
    await advisor.getByTestId('escalation-accept').click();
    const advice =
      'Advies: laat de huisartsenpost bellen; vraag of er een medicijnoverzicht van de apotheek is.';
    await advisor.getByTestId('escalation-respond-input').fill(advice);
    await advisor.getByTestId('escalation-respond').click();
    await advisor.locator('[data-testid="escalation-panel"][data-status="answered"]').waitFor();
    await advisor.getByTestId('escalation-counter').waitFor({ state: 'detached' });

    // The agent sees the advice without reloading: in the escalation panel and as a note in the thread.
    await agent
      .locator('[data-testid="escalation-panel"][data-status="answered"]')
      .waitFor({ timeout: 15_000 });
    expect(await agent.getByTestId('escalation-advice').textContent()).toContain(advice);
    await agent.getByTestId('thread-message').filter({ hasText: 'huisartsenpost' }).waitFor();
    await agent.getByTestId('escalation-toast').filter({ hasText: 'beantwoord' }).waitFor();

    await agentContext.close();
    await advisorContext.close();
  });

  it('warns the second person who starts typing where a colleague is already typing', async () => {
    const viewport = { width: 1440, height: 900 };
    const firstContext = await browser.newContext({ viewport });
    const secondContext = await browser.newContext({ viewport });
    const first = await loginAs(await firstContext.newPage(), app.url, 'agent@example.org');
    const second = await loginAs(await secondContext.newPage(), app.url, 'agent2@example.org');
    const row = (page: Page) => page.getByTestId('queue-row').filter({ hasText: 'verward' });
    await row(first).click();
    await row(second).click();
    await first.getByTestId('composer-input').fill('Goedemiddag, ');
    await second.getByTestId('composer-input').fill('Hallo');
    const warning = second.getByTestId('typing-collision');
    await warning.waitFor({ timeout: 10_000 });
    expect(await warning.textContent()).toContain('typt al een antwoord in dit gesprek');
    await firstContext.close();
    await secondContext.close();
  });
});
