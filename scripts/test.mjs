// `npm test`: builds, then runs every test tier and ends with one line: "tests: N passed, N failed".
//   npm test               all tiers: shared (unit), web (Vitest, the console's pure code),
//                          api (unit + integration on PostgreSQL), test (black box + browser)
//   npm test -- api test   only the named tiers
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tiers = ['shared', 'web', 'api', 'test'];
const wanted = process.argv.slice(2).filter((a) => tiers.includes(a));
const selected = wanted.length ? wanted : tiers;

const run = (command, args, cwd = root) =>
  spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env }).status ?? 1;

if (run('npm', ['run', 'build']) !== 0) {
  process.stdout.write('\ntests: 0 passed, 1 failed (the build failed)\n');
  process.exit(1);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'webcare-test-results-'));
let passed = 0;
let failed = 0;
const failedTiers = [];
for (const tier of selected) {
  process.stdout.write(`\n=== ${tier} ===\n`);
  const results = path.join(scratch, `${tier}.json`);
  // The console's tier runs Vitest, the others Jest; both write a Jest-shaped JSON summary.
  const code =
    tier === 'web'
      ? run(
          path.join(root, 'node_modules/.bin/vitest'),
          ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${results}`],
          path.join(root, tier),
        )
      : run(
          path.join(root, 'node_modules/.bin/jest'),
          ['--json', `--outputFile=${results}`],
          path.join(root, tier),
        );
  try {
    const summary = JSON.parse(readFileSync(results, 'utf8'));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    // A suite that fails to load has no failed tests but must fail the run.
    if (code !== 0 && summary.numFailedTests === 0) {
      failed += Math.max(1, summary.numRuntimeErrorTestSuites ?? summary.numFailedTestSuites ?? 0);
    }
  } catch {
    failed += 1;
  }
  if (code !== 0) failedTiers.push(tier);
}
rmSync(scratch, { recursive: true, force: true });
process.stdout.write(
  `\n${failedTiers.length ? `Failed tiers: ${failedTiers.join(', ')}\n` : ''}tests: ${passed} passed, ${failed} failed\n`,
);
process.exit(failed > 0 || failedTiers.length > 0 ? 1 : 0);
