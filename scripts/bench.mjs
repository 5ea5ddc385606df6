// `npm run bench`: speed figures with a baseline measured in the same run, printed as ratios.
//   npm run bench                 every section
//   npm run bench -- webhooks     only the named sections (webhooks, triage, reports)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchWebhooks } from './bench/webhooks.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sections = ['webhooks', 'triage', 'reports'];
const wanted = process.argv.slice(2).filter((a) => sections.includes(a));
const selected = wanted.length ? wanted : sections;

if (spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
const fmt = (n, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

if (selected.includes('webhooks')) {
  process.stdout.write(
    '\n== Webhook intake (signed Messenger deliveries, stored + enqueued before the 200) ==\n',
  );
  const r = await benchWebhooks({ root });
  process.stdout.write(`${r.total} requests, ${r.concurrency} in flight, one process on this machine\n`);
  process.stdout.write(
    `${'what'.padEnd(34)}${'per second'.padStart(12)}${'p50 ms'.padStart(10)}${'p99 ms'.padStart(10)}\n`,
  );
  for (const [name, m] of [
    ['webhook POST /webhooks/meta', r.webhook],
    ['baseline: bare Node HTTP 200', r.bareHttp],
    ['baseline: plain PostgreSQL INSERT', r.insert],
  ]) {
    process.stdout.write(
      `${name.padEnd(34)}${fmt(m.perSecond, 0).padStart(12)}${fmt(m.p50, 2).padStart(10)}${fmt(m.p99, 2).padStart(10)}\n`,
    );
  }
  process.stdout.write(
    `ratio webhook / bare HTTP throughput: ${fmt(r.webhook.perSecond / r.bareHttp.perSecond, 2)}\n`,
  );
  process.stdout.write(
    `ratio webhook / plain INSERT throughput: ${fmt(r.webhook.perSecond / r.insert.perSecond, 2)}\n`,
  );
  process.stdout.write(`ratio webhook / plain INSERT p50 latency: ${fmt(r.webhook.p50 / r.insert.p50, 2)}\n`);
}

for (const [section, script] of [
  ['triage', 'shared/dist/bench/triage-bench.js'],
  ['reports', 'api/dist/reports/reports.bench.js'],
]) {
  if (!selected.includes(section)) continue;
  const file = path.join(root, script);
  if (!existsSync(file)) {
    process.stdout.write(`\n(${section}: ${script} is not built)\n`);
    continue;
  }
  process.stdout.write(`\n== ${section} ==\n`);
  const status = spawnSync(process.execPath, [file], { cwd: root, stdio: 'inherit' }).status;
  if (status !== 0) process.exit(status ?? 1);
}
