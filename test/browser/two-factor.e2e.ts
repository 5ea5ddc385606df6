import type { Browser } from 'playwright-core';
import { totp } from '../../api/src/auth/totp';
import { startApp, type RunningApp } from '../support/app';
import { DEMO_PASSWORD } from '../support/api';
import { launchBrowser } from '../support/browser';

describe('two-factor login in the console (Chromium, policy on)', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    app = await startApp({ TWO_FACTOR_REQUIRED: '1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('makes a supervisor enrol with a QR code first, then asks for the code at the next login', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(app.url);
    await page.getByTestId('login-email').fill('supervisor@example.org');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();

    // The policy: nothing but enrolment until two-factor login is on.
    await page.getByTestId('security-page').waitFor();
    await page.getByTestId('security-start').click();
    await page.getByTestId('security-qr').waitFor();
    expect(await page.getByTestId('security-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const secret = (await page.getByTestId('security-secret').textContent())!.trim();
    await page.getByTestId('security-code').fill(totp(secret));
    await page.getByTestId('security-confirm').click();
    await page.getByTestId('security-recovery').waitFor();
    await page.getByTestId('security-done').click();
    await page.getByTestId('nav-audit').click();
    await page.locator('[data-testid="audit-table"] tbody tr').first().waitFor();
    expect(await page.getByText('Tweestapsverificatie aangezet').count()).toBeGreaterThan(0);

    // Next login: password, then the code from the app.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').fill('supervisor@example.org');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page
      .getByTestId('login-code')
      .fill('000000' === totp(secret, Date.now() + 30_000) ? '111111' : '000000');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    await page.getByTestId('login-code').fill(totp(secret, Date.now() + 30_000));
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-inbox').waitFor();
    await page.close();
  });
});
