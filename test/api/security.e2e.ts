import { startApp, type RunningApp } from '../support/app';

describe('security headers and metrics (black box)', () => {
  let app: RunningApp;
  const METRICS_TOKEN = 'metrics-token-for-tests-0123';

  beforeAll(async () => {
    app = await startApp({ METRICS_TOKEN });
  });
  afterAll(() => app.stop());

  it('sends nosniff, a CSP with frame-ancestors, a referrer policy, and no X-Powered-By', async () => {
    for (const path of ['/', '/health', '/api/conversations']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
    }
  });

  it('answers /metrics only with the METRICS_TOKEN', async () => {
    expect((await fetch(`${app.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${app.url}/metrics`, { headers: { Authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${app.url}/metrics`, {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(right.status).toBe(200);
    const text = await right.text();
    expect(text).toContain('webcare_webhook_deliveries_total');
    expect(text).toMatch(/^webcare_ingest_backlog \d+$/m);
    expect(text).toContain('webcare_inbound_messages_total');
  });
});
