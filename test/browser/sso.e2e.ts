import type { Browser } from 'playwright-core';
import { freePort, startApp, type RunningApp } from '../support/app';
import { launchBrowser } from '../support/browser';
import { startOidcProvider, type RunningProvider } from '../support/oidc';

describe('single sign-on in the console (Chromium, real OpenID provider on loopback)', () => {
  let app: RunningApp;
  let provider: RunningProvider;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${publicUrl}/api/auth/oidc/callback`, {
      'noor.agent': { email: 'noor@zorg.example.nl', name: 'Noor Visser', groups: ['webcare-agent'] },
      'kim.marketing': { email: 'kim@zorg.example.nl', name: 'Kim Smits', groups: ['marketing'] },
    });
    app = await startApp({
      PORT: String(port),
      PUBLIC_URL: publicUrl,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_SCOPES: 'openid email profile groups',
      OIDC_ROLE_CLAIM: 'groups',
      OIDC_ROLE_MAP: 'webcare-agent:agent',
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    provider?.stop();
  });

  async function providerLogin(login: string) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(app.url);
    await page.getByTestId('login-sso').click();
    // The provider's own login page, then its consent page.
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any-password');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    return page;
  }

  it('signs in with the organisation and lands in the inbox, with no token in the address', async () => {
    const page = await providerLogin('noor.agent');
    await page.getByTestId('nav-inbox').waitFor();
    expect(page.url()).not.toContain('sso');
    const token = await page.evaluate(() => localStorage.getItem('webcare.token'));
    expect(token).toBeTruthy();
    expect(page.url()).not.toContain(token as string);
    await page.close();
  });

  it('tells a person whose organisation account has no role here why they cannot sign in', async () => {
    const page = await providerLogin('kim.marketing');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toContain('geen rol in deze inbox');
    expect(await page.evaluate(() => localStorage.getItem('webcare.token'))).toBeNull();
    await page.close();
  });
});
