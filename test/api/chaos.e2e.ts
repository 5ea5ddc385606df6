import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/app';

interface ChaosResult {
  ok: boolean;
  checks: { name: string; ok: boolean; detail: string }[];
  figures: { what: string; value: number; unit: string; goal: string }[];
}

/** Runs `npm run chaos -- --short` on the build `npm test` just made; answers its JSON summary. */
function runShortChaos(): Promise<{ result: ChaosResult | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'scripts/chaos.mjs'), '--short', '--no-build', '--json'],
      { cwd: REPO_ROOT, env: { ...process.env, TEST_DATABASE_URL: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => {
      const last = output.trim().split('\n').pop() ?? '';
      try {
        resolve({ result: JSON.parse(last) as ChaosResult, output });
      } catch {
        resolve({ result: null, output });
      }
    });
  });
}

describe('ingest under load and faults (npm run chaos, short)', () => {
  // Correctness only: every delivery acknowledged, stored and processed once, through a kill -9 and a
  // PostgreSQL restart; poison input cleaned or refused with 400; the X CRC forgery refused. The
  // timing goals are figures the full `npm run chaos` prints, never a reason to fail here.
  it('loses nothing, stores nothing twice, and refuses forgeries', async () => {
    const { result, output } = await runShortChaos();
    expect(result).not.toBeNull();
    if (!result) throw new Error(output.slice(-2000));
    const failed = result.checks
      .filter((check) => !check.ok)
      .map((check) => `${check.name}: ${check.detail}`);
    expect(failed).toEqual([]);
    const names = result.checks.map((check) => check.name);
    for (const expected of [
      'every message in the queue',
      'none twice',
      'no event held for minutes',
      'the app kept running',
      '/health said 503 while PostgreSQL was down',
      'both stored, cleaned',
      'the answered token posted as a body with its CRC answer: 401',
    ]) {
      expect(names).toContain(expected);
    }
    expect(result.figures.map((figure) => figure.what).join('\n')).toMatch(/intake \/ bare Node HTTP/);
  }, 600_000);
});
