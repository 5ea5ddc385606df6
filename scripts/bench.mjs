// `npm run bench`: speed figures with a baseline measured in the same run, printed as ratios.
//   npm run bench                 every section
//   npm run bench -- webhooks     only the named sections (webhooks, triage, topics, reports)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchWebhooks } from './bench/webhooks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sections = ['webhooks', 'triage', 'topics', 'reports'];
const wanted = process.argv.slice(2).filter((a) => sections.includes(a));
const selected = wanted.length ? wanted : sections;

if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const fmt = (n, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

if (selected.includes('webhooks')) {
  process.stdout.write(
    '\n== Webhook intake (signed Messenger deliveries, stored + enqueued before the 200) ==\n',
  );
  const busy = await benchWebhooks({ root, workers: true });
  const intake = await benchWebhooks({ root, workers: false });
  process.stdout.write(
    `${busy.total} requests, ${busy.concurrency} in flight; app, PostgreSQL and load on the same machine\n`,
  );
  process.stdout.write(
    `${'what'.padEnd(44)}${'per second'.padStart(12)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}\n`,
  );
  const rows = [
    ['webhook, workers processing alongside', busy.webhook],
    ['webhook, intake only (RUN_WORKERS=0)', intake.webhook],
    ['baseline: bare Node HTTP 200', intake.bareHttp],
    ['baseline: plain PostgreSQL INSERT', intake.insert],
  ];
  for (const [name, m] of rows) {
    process.stdout.write(
      `${name.padEnd(44)}${fmt(m.perSecond, 0).padStart(12)}${fmt(m.p50, 2).padStart(10)}${fmt(m.p99, 2).padStart(10)}\n`,
    );
  }
  process.stdout.write(
    `ratio intake / bare HTTP throughput:    ${fmt(intake.webhook.perSecond / intake.bareHttp.perSecond, 2)}\n`,
  );
  process.stdout.write(
    `ratio intake / plain INSERT throughput: ${fmt(intake.webhook.perSecond / intake.insert.perSecond, 2)}\n`,
  );
  process.stdout.write(
    `ratio intake / plain INSERT p50 latency: ${fmt(intake.webhook.p50 / intake.insert.p50, 2)}\n`,
  );
}

for (const [section, script] of [
  ['triage', 'shared/dist/bench/triage-bench.js'],
  ['topics', 'shared/dist/bench/topics-bench.js'],
  ['reports', 'api/dist/reports/reports.bench.js'],
]) {
  if (!selected.includes(section)) continue;
  const file = path.join(root, script);
  if (!existsSync(file)) {
    process.stdout.write(`\n(${section}: ${script} is not built)\n`);
    continue;
  }
  process.stdout.write(`\n== ${section} ==\n`);
  // --expose-gc lets the triage bench measure the memory its model keeps.
  const status = spawnSync(process.execPath, ['--expose-gc', file], { cwd: root, stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
}
