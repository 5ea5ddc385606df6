import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { client, eventually, login } from '../support/api';
import { startApp, type RunningApp } from '../support/app';
import { launchBrowser, loginAs } from '../support/browser';
import { messengerDelivery } from '../support/deliveries';
import { postMeta } from '../support/payloads';

/** The console for the whole team: accessible pages, phone width, search, saved replies, safe links. */
describe('the console in Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let supervisor: ReturnType<typeof client>;
  const contexts: BrowserContext[] = [];

  async function newPage(width: number, height: number): Promise<Page> {
    // axe-core runs in a context of its own (it opens a page for its report).
    const context = await browser.newContext({ viewport: { width, height } });
    contexts.push(context);
    return context.newPage();
  }

  async function deliver(mid: string, senderId: string, text: string): Promise<string> {
    expect(
      (await postMeta(app.url, '/webhooks/meta', messengerDelivery({ mid, senderId, text }))).status,
    ).toBe(200);
    return eventually(async () => {
      const page = await supervisor.conversations(`?q=${encodeURIComponent(text.split(' ')[0]!)}`);
      return page.items[0]?.id;
    });
  }

  /** Fails on any serious or critical axe-core violation, naming the rule and the elements. */
  async function expectAccessible(page: Page, name: string): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${name}: ${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
  }

  let linkConversation: string;
  let searchConversation: string;

  beforeAll(async () => {
    app = await startApp({ ORGANISATION_NAME: 'Zorggroep Test' });
    browser = await launchBrowser();
    supervisor = client(app.url, (await login(app.url, 'supervisor@example.org')).accessToken);
    searchConversation = await deliver(
      'm_console_search',
      '7001',
      'Fysiotherapie afspraken verzetten naar volgende week graag',
    );
    await deliver('m_console_other', '7003', 'Bezoektijden vandaag graag');
    linkConversation = await deliver(
      'm_console_link',
      '7002',
      'Herinnering zie https://www.zorggroep.example/afspraak?id=7. En javascript:alert(1) niet.',
    );
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.stop();
  });

  it('has no serious or critical axe-core violations on any page', async () => {
    const page = await newPage(1440, 900);
    await page.goto(app.url);
    await page.getByTestId('login-email').waitFor();
    await expectAccessible(page, 'login');
    await loginAs(page, app.url, 'supervisor@example.org');
    await page.getByTestId('queue-row').first().waitFor();
    await expectAccessible(page, 'inbox');
    await page.goto(`${app.url}/#/inbox/${linkConversation}`);
    await page.getByTestId('composer').waitFor();
    await expectAccessible(page, 'conversation');
    for (const [path, testId] of [
      ['escalations', 'escalations-page'],
      ['dashboard', 'dashboard'],
      ['audit', 'audit-page'],
      ['settings', 'saved-replies-page'],
    ] as const) {
      await page.goto(`${app.url}/#/${path}`);
      await page.getByTestId(testId).waitFor();
      // Let the page's first data arrive before checking it.
      await page.waitForTimeout(800);
      await expectAccessible(page, path);
    }
    // The admin's page, with the web chat editor open (its colour preview and contrast warning).
    const admin = await newPage(1440, 900);
    await loginAs(admin, app.url, 'admin@example.org');
    await admin.goto(`${app.url}/#/admin`);
    await admin.getByTestId('widget-row').first().waitFor();
    await admin.getByTestId('widget-edit').first().click();
    await admin.getByTestId('widget-primaryColor').fill('#fde68a');
    await admin.getByTestId('widget-contrast-warning').waitFor();
    await admin.getByTestId('widget-snippet').waitFor();
    await expectAccessible(admin, 'admin');
  }, 240_000);

  it('shows links in messages safely: http(s) only, no referrer, the real domain beside them', async () => {
    const page = await newPage(1440, 900);
    await loginAs(page, app.url, 'agent@example.org');
    await page.goto(`${app.url}/#/inbox/${linkConversation}`);
    const link = page.getByTestId('message-link');
    await link.waitFor();
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe('https://www.zorggroep.example/afspraak?id=7');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await page.getByTestId('message-link-domain').textContent()).toBe('(www.zorggroep.example)');
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  });

  it('names what an inbound message is about under it, quieter than its flags, in the console language', async () => {
    const page = await newPage(1440, 900);
    await loginAs(page, app.url, 'agent@example.org');
    await page.goto(`${app.url}/#/inbox/${searchConversation}`);
    const inbound = page.locator('[data-testid="thread-message"][data-direction="in"]');
    const topics = inbound.getByRole('list', { name: 'Onderwerpen' });
    await topics.waitFor();
    expect(await topics.getByTestId('message-topic').allTextContents()).toEqual(['Afspraken']);
    expect(await topics.getByText('Afspraken').isVisible()).toBe(true);
    await expectAccessible(page, 'thread with topics');
    await page.evaluate(() => localStorage.setItem('webcare.locale', 'en'));
    await page.reload();
    await inbound.getByRole('list', { name: 'Topics' }).getByText('Appointments').waitFor();
  });

  it('searches message text and names from the queue with / and the filters', async () => {
    const page = await newPage(1440, 900);
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue-row').first().waitFor();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'queue-search',
    );
    // Dutch stemming: "afspraak" finds "afspraken".
    await page.keyboard.type('afspraak');
    await eventually(async () => {
      const ids = await page
        .getByTestId('queue-row')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-conversation-id')));
      return ids.length === 1 && ids[0] === searchConversation;
    });
    await page.getByTestId('filter-channel').selectOption('whatsapp');
    await eventually(async () =>
      (
        (await page
          .getByTestId('queue-empty')
          .textContent({ timeout: 500 })
          .catch(() => '')) ?? ''
      ).includes('Niets gevonden'),
    );
    await page.getByTestId('filter-channel').selectOption('');
    await page.getByTestId('queue-search').fill('fysiotherapie');
    await eventually(async () => (await page.getByTestId('queue-row').count()) === 1);
  });

  it('lets a supervisor keep a saved reply and an agent pick it with # (variables filled, draft checked)', async () => {
    const page = await newPage(1440, 900);
    await loginAs(page, app.url, 'supervisor@example.org');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('saved-reply-title').fill('Afspraak verzetten');
    await page
      .getByTestId('saved-reply-text')
      .fill('Dag {naam}, bel ons gerust om uw afspraak te verzetten. Groet, {organisatie}');
    await page.getByTestId('saved-reply-save').click();
    await page.getByTestId('saved-reply-row').filter({ hasText: 'Afspraak verzetten' }).waitFor();

    const agent = await newPage(1440, 900);
    await loginAs(agent, app.url, 'agent@example.org');
    await agent.goto(`${app.url}/#/inbox/${searchConversation}`);
    const input = agent.getByTestId('composer-input');
    await input.waitFor();
    const name = (await agent.locator('.conv-header__name').textContent())!.trim();
    await input.click();
    await agent.keyboard.type('#afspr');
    await agent.getByTestId('saved-reply-list').waitFor();
    await agent.keyboard.press('Enter');
    expect(await input.inputValue()).toBe(
      `Dag ${name}, bel ons gerust om uw afspraak te verzetten. Groet, Zorggroep Test`,
    );
    expect(await agent.getByTestId('saved-reply-list').count()).toBe(0);
    // The agent can still change it, and the saved reply is sent as an ordinary reply.
    await agent.keyboard.press('Control+Enter');
    await eventually(async () => {
      const detail = await supervisor.conversation(searchConversation);
      return detail.messages.some((m) => m.direction === 'out' && m.text.startsWith(`Dag ${name}`));
    });
  });

  it('works at phone width: queue, then the conversation with a way back, the side panel as a sheet', async () => {
    const page = await newPage(390, 844);
    await loginAs(page, app.url, 'agent@example.org');
    await page.getByTestId('queue-row').first().waitFor();
    const noSideways = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await noSideways()).toBe(true);
    await page.locator(`[data-testid="queue-row"][data-conversation-id="${linkConversation}"]`).click();
    const view = page.getByTestId('conversation-view');
    await page.getByTestId('composer').waitFor();
    const box = await view.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(380);
    expect(box?.x).toBe(0);
    expect(await page.getByTestId('queue').isVisible()).toBe(false);
    expect(await noSideways()).toBe(true);
    // The send button is touch-sized.
    const send = await page.getByTestId('composer-send').boundingBox();
    expect(send?.height).toBeGreaterThanOrEqual(44);
    // The side panel starts closed here and opens as a sheet over the bottom of the screen.
    expect(await page.getByTestId('conversation-side').count()).toBe(0);
    await page.getByRole('button', { name: 'Contactkaart tonen' }).click();
    const sheet = await page.getByTestId('conversation-side').boundingBox();
    expect(sheet?.width).toBeGreaterThanOrEqual(380);
    expect(Math.round((sheet?.y ?? 0) + (sheet?.height ?? 0))).toBe(844);
    await page.getByTestId('conversation-side-close').click();
    await page.getByTestId('conversation-back').click();
    await page.getByTestId('queue').waitFor();
    expect(await page.getByTestId('conversation-view').count()).toBe(0);
    await expectAccessible(page, 'phone inbox');
  });

  it('keeps the bottom navigation within a phone for every role: what does not fit is under "more"', async () => {
    /** Nothing in the bar scrolls or reaches past the screen's edge. */
    const navFits = (page: Page) =>
      page.evaluate(() => {
        const bar = document.querySelector('.shell__rail')!;
        const inside = Array.from(bar.querySelectorAll('a, button'))
          .map((node) => node.getBoundingClientRect())
          .filter((box) => box.width > 0)
          .every((box) => box.left >= 0 && box.right <= window.innerWidth);
        return {
          barScrolls: bar.scrollWidth > bar.clientWidth,
          pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
          inside,
        };
      });
    /** The sections shown in the bar itself (not under "more"). */
    const barSections = (page: Page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.shell__rail > .nav [data-testid^="nav-"]'))
          .filter((item) => item.getBoundingClientRect().width > 0)
          .map((item) => item.dataset.testid),
      );
    const expectedBar: Record<string, string[]> = {
      'agent@example.org': ['nav-inbox', 'nav-escalations'],
      'advisor@example.org': ['nav-inbox', 'nav-escalations'],
      'supervisor@example.org': ['nav-inbox', 'nav-escalations', 'nav-dashboard'],
      'admin@example.org': ['nav-inbox', 'nav-escalations', 'nav-dashboard'],
    };
    for (const email of Object.keys(expectedBar)) {
      const page = await newPage(390, 844);
      await loginAs(page, app.url, email);
      // The bar is complete once the live line is up (presence and alarm controls come with the data).
      await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
      await page.waitForTimeout(500);
      expect({ email, ...(await navFits(page)) }).toEqual({
        email,
        barScrolls: false,
        pageScrolls: false,
        inside: true,
      });
      // The bar holds the sections worked in all day; security settings wait under "more".
      expect({ email, bar: await barSections(page) }).toEqual({ email, bar: expectedBar[email] });
      expect(await page.getByTestId('nav-security').isVisible()).toBe(false);
      await page.getByTestId('nav-more').click();
      await page.getByTestId('nav-security').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('nav-more-panel').waitFor({ state: 'hidden' });
      if (email !== 'admin@example.org') continue;

      // The admin's other sections open above the bar; the bar says which one is open.
      expect(await page.getByTestId('nav-admin').isVisible()).toBe(false);
      await page.getByTestId('nav-more').click();
      expect(await page.getByTestId('nav-more').getAttribute('aria-expanded')).toBe('true');
      await page.getByTestId('nav-admin').click();
      await page.getByTestId('admin-page').waitFor();
      await page.getByTestId('nav-more-panel').waitFor({ state: 'hidden' });
      expect(await page.getByTestId('nav-more').getAttribute('class')).toContain('is-active');
      expect(await navFits(page)).toEqual({ barScrolls: false, pageScrolls: false, inside: true });
      // Esc closes it again, and the keyboard is back on "more".
      await page.getByTestId('nav-more').click();
      await page.getByTestId('user-menu').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('nav-more-panel').waitFor({ state: 'hidden' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('nav-more');
      await expectAccessible(page, 'phone admin');
    }
  });

  it("wraps a queue row's chips onto a line of their own instead of cutting them off", async () => {
    // A press question, a complaint, aggression and a question about a client: more chips than one
    // line of a row holds (and none for the first-contact lane, which other tests keep empty).
    const manyFlags = await deliver(
      'm_console_chips',
      '7005',
      'Journalist van het AD hier, dit is een formele klacht en ik sla die begeleider in elkaar. Kunt u zeggen of mevrouw Jansen bij jullie woont en welke medicijnen ze krijgt?',
    );
    const flagged = await supervisor.conversation(manyFlags);
    expect(new Set(flagged.flags.map((flag) => flag.code)).size).toBeGreaterThanOrEqual(4);
    // Waiting for the person: the status beside the chips leaves them less room.
    expect(
      (await supervisor.post(`/api/conversations/${manyFlags}/status`, { status: 'pending' })).status,
    ).toBe(200);
    /** Chips that reach past their row, and rows that overlap the next one (a row grown by its chips). */
    const clipped = (page: Page) =>
      page.evaluate(() => {
        const rows = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="queue-row"]'));
        // Whole inside the chips' own area (beside the status and the avatar) and inside the row.
        const outside = rows.flatMap((row) => {
          const area = row.querySelector('.queue-row__chips')!.getBoundingClientRect();
          const box = row.getBoundingClientRect();
          return Array.from(row.querySelectorAll<HTMLElement>('.queue-row__chips > *'))
            .map((chip) => ({ chip, at: chip.getBoundingClientRect() }))
            .filter(({ at }) => at.left < area.left || at.right > area.right + 0.5 || at.bottom > box.bottom)
            .map(({ chip }) => `${row.dataset.conversationId}: ${chip.textContent}`);
        });
        const list = Array.from(document.querySelectorAll('.queue-scroll [data-testid="queue-row"]')).map(
          (row) => row.getBoundingClientRect(),
        );
        const overlapping = list.filter((box, i) => i > 0 && box.top < list[i - 1]!.bottom - 1).length;
        return { outside, overlapping };
      });
    for (const width of [1440, 390]) {
      const page = await newPage(width, 844);
      await loginAs(page, app.url, 'agent@example.org');
      const row = page.locator(`[data-testid="queue-row"][data-conversation-id="${manyFlags}"]`).first();
      await row.waitFor();
      expect({ width, ...(await clipped(page)) }).toEqual({ width, outside: [], overlapping: 0 });
      // The flags beyond the first three are named, for the eye (title) and for a screen reader.
      const more = row.getByTestId('flag-more');
      expect(await more.getAttribute('title')).toMatch(/\w/);
      expect(await more.textContent()).toContain(await more.getAttribute('title'));
    }
  });

  it('folds an escalation to one line at phone width, so the thread keeps its room', async () => {
    const escalated = await deliver(
      'm_console_escalated',
      '7006',
      'Medicatievragen over mijn vader: hij is verward en weet niet meer welke medicijnen hij moet nemen.',
    );
    const agent = client(app.url, (await login(app.url, 'agent@example.org')).accessToken);
    const teams = (await agent.get<{ id: string; name: string }[]>('/api/teams')).body;
    const escalation = await agent.post<{ id: string }>(`/api/conversations/${escalated}/escalations`, {
      teamId: teams.find((team) => team.name === 'Regio Noord')!.id,
      mode: 'handover',
      reason:
        'Vader is verward over zijn medicatie; graag overname door een zorgadviseur die het dossier kan inzien en de huisarts kan bellen.',
    });
    expect(escalation.status).toBe(201);
    const page = await newPage(390, 844);
    await loginAs(page, app.url, 'agent@example.org');
    await page.goto(`${app.url}/#/inbox/${escalated}`);
    const panel = page.getByTestId('escalation-panel');
    await panel.waitFor();
    await page.getByTestId('composer').waitFor();
    // Folded: one line with the team and the state; the reason and the actions behind a toggle.
    expect(await page.getByTestId('escalation-details').isVisible()).toBe(false);
    expect(await page.getByTestId('escalation-status').isVisible()).toBe(true);
    expect((await panel.boundingBox())!.height).toBeLessThanOrEqual(52);
    const thread = (await page.locator('.thread').boundingBox())!;
    expect(thread.height).toBeGreaterThanOrEqual(844 * 0.25);
    // Unfolded, it says why and offers the actions; the composer's Send button stays on the screen.
    const toggle = page.getByTestId('escalation-details-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId('escalation-details').getByText('Vader is verward').waitFor();
    await page.getByTestId('escalation-close').waitFor();
    const send = (await page.getByTestId('composer-send').boundingBox())!;
    const bar = (await page.locator('.shell__rail').boundingBox())!;
    expect(send.y + send.height).toBeLessThanOrEqual(bar.y);
    await expectAccessible(page, 'phone escalation');
    // The fold is the phone's: at desktop width the whole panel shows, without a toggle.
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await page.getByTestId('escalation-details').isVisible()).toBe(true);
    expect(await toggle.isVisible()).toBe(false);
    // For the advisor the next move is theirs: the panel starts unfolded, with Accept in reach.
    const advisor = await newPage(390, 844);
    await loginAs(advisor, app.url, 'advisor@example.org');
    await advisor.goto(`${app.url}/#/escalations/${escalation.body.id}`);
    await advisor.getByTestId('escalation-accept').waitFor();
    expect(await advisor.getByTestId('escalation-details-toggle').getAttribute('aria-expanded')).toBe('true');
  });

  it('folds the suggested channel switch at phone width, so the thread keeps its room', async () => {
    const page = await newPage(390, 844);
    await loginAs(page, app.url, 'agent@example.org');
    // A daughter asks for individual medical advice: triage suggests a call back.
    expect(
      (
        await postMeta(
          app.url,
          '/webhooks/meta',
          messengerDelivery({
            mid: 'm_console_switch',
            senderId: '7004',
            text: 'Mijn moeder krijgt sinds gisteren nieuwe tabletten en is erg suf. Moet ze er nu minder van nemen? Wat is normaal?',
          }),
        )
      ).status,
    ).toBe(200);
    const withSwitch = await eventually(async () => {
      for (const row of (await supervisor.conversations('?q=tabletten')).items) {
        if ((await supervisor.conversation(row.id)).suggestedSwitch) return row.id;
      }
      return undefined;
    });
    await page.goto(`${app.url}/#/inbox/${withSwitch}`);
    const card = page.getByTestId('switch-card');
    await card.waitFor();
    // Folded: the title and the one button; the why and the message behind a toggle.
    expect(await page.getByTestId('switch-details').isVisible()).toBe(false);
    expect(await page.getByTestId('switch-send').isVisible()).toBe(true);
    expect((await card.boundingBox())!.height).toBeLessThan(120);
    const thread = await page.locator('.thread').boundingBox();
    expect(thread!.height).toBeGreaterThan(150);
    await page.getByTestId('switch-details-toggle').click();
    await page.getByTestId('switch-details').waitFor();
    expect(await page.getByTestId('switch-details-toggle').getAttribute('aria-expanded')).toBe('true');
    // Folded again at phone width, the card is still whole at desktop width: the fold is the phone's.
    await page.getByTestId('switch-details-toggle').click();
    await page.getByTestId('switch-details').waitFor({ state: 'hidden' });
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(await page.getByTestId('switch-details').isVisible()).toBe(true);
    expect(await page.getByTestId('switch-details-toggle').isVisible()).toBe(false);
  });

  it('walks the main path by keyboard alone: sign in, search, open, reply', async () => {
    const page = await newPage(1440, 900);
    await page.goto(app.url);
    await page.getByTestId('login-email').waitFor();
    await page.getByTestId('login-email').focus();
    await page.keyboard.type('agent2@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('webcare-demo');
    await page.keyboard.press('Enter');
    await page.getByTestId('queue-row').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.type('fysiotherapie');
    await eventually(async () => (await page.getByTestId('queue-row').count()) === 1);
    // Enter hands the keyboard back to the list: j moves to the first row, Enter opens it, r replies.
    await page.keyboard.press('Enter');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.getByTestId('composer').waitFor();
    await page.keyboard.press('r');
    // The composer takes the focus on the next animation frame.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'composer-input',
      undefined,
      { timeout: 5000 },
    );
    await page.keyboard.type('Wij bellen u morgen.');
    await page.keyboard.press('Control+Enter');
    await eventually(async () => {
      const detail = await supervisor.conversation(searchConversation);
      return detail.messages.some((m) => m.direction === 'out' && m.text === 'Wij bellen u morgen.');
    });
  });
});
