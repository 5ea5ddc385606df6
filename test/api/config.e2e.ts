import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/app';

/** Starts the built app with this environment and returns how it stopped. */
function start(env: Record<string, string>) {
  const { DATABASE_URL: _a, TEST_DATABASE_URL: _b, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'api/dist/main.js')], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

const PRODUCTION = {
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  JWT_SECRET: 'a-production-secret-of-at-least-32-chars',
  META_APP_SECRET: 'x',
  META_VERIFY_TOKEN: 'x',
  X_CONSUMER_SECRET: 'x',
  TWILIO_AUTH_TOKEN: 'x',
};

describe('configuration at start (black box)', () => {
  it.each(['META_APP_SECRET', 'META_VERIFY_TOKEN', 'X_CONSUMER_SECRET', 'TWILIO_AUTH_TOKEN', 'JWT_SECRET'])(
    'outside demo mode, stops with one line naming a missing %s',
    (key) => {
      const env: Record<string, string> = { ...PRODUCTION, DEMO: '0' };
      delete env[key];
      const { code, stderr } = start(env);
      expect(code).toBe(1);
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toContain(key);
    },
  );

  it.each([
    ['PORT', 'abc'],
    ['DATABASE_URL', 'mysql://somewhere'],
    ['DEMO', 'maybe'],
    ['OUTBOUND_TRANSPORT', 'carrier-pigeon'],
  ])('stops with one line naming a malformed %s', (key, value) => {
    const { code, stderr } = start({ ...PRODUCTION, [key]: value });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toContain(key);
  });
});
