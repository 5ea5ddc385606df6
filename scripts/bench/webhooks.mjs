// Webhook intake: deliveries per second and time to the 200, next to a bare Node HTTP server and a plain
// PostgreSQL insert loop measured in the same run on the same machine.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Pool } = require('pg');

const SECRET = 'bench-meta-secret';
const PAGE = '104523889012345';

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function body(i) {
  const now = Date.now();
  return JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE,
        time: now,
        messaging: [
          {
            sender: { id: `9${i % 500}` },
            recipient: { id: PAGE },
            timestamp: now,
            message: {
              mid: `m_bench_${process.pid}_${i}`,
              text: `Goedemiddag, vraag nummer ${i} over mijn afspraak op de poli.`,
            },
          },
        ],
      },
    ],
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `total` calls of `task(i)` with `concurrency` in flight; returns throughput and latency percentiles. */
async function load(total, concurrency, task) {
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

function waitFor(url, child) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error('process exited during start'));
      const ok = await fetch(url)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return resolve();
      if (Date.now() > deadline) return reject(new Error(`no answer from ${url}`));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

export async function benchWebhooks({ root, total = 3000, concurrency = 16, workers = true }) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'webcare-bench-'));
  chmodSync(scratch, 0o755);
  const [port, pgPort, barePort] = [await freePort(), await freePort(), await freePort()];
  const app = spawn(process.execPath, [path.join(root, 'api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      DATA_DIR: path.join(scratch, 'data'),
      DEMO: '1',
      DEMO_QUEUE: '0',
      META_APP_SECRET: SECRET,
      LOG_LEVEL: 'error',
      RUN_WORKERS: workers ? '1' : '0',
    },
    stdio: 'ignore',
  });
  const bare = spawn(
    process.execPath,
    [
      '-e',
      `require('http').createServer((q,s)=>{const c=[];q.on('data',d=>c.push(d));q.on('end',()=>{s.writeHead(200,{'content-type':'text/plain'});s.end('EVENT_RECEIVED')})}).listen(${barePort},'127.0.0.1')`,
    ],
    { stdio: 'ignore' },
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/health`, app);
    await waitFor(`http://127.0.0.1:${barePort}/`, bare);
    const bodies = Array.from({ length: total }, (_, i) => body(i));
    const signatures = bodies.map((b) => `sha256=${createHmac('sha256', SECRET).update(b).digest('hex')}`);
    const post = (url) => async (i) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatures[i] },
        body: bodies[i],
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
    };
    // Warm up both servers (JIT, connection pools) before measuring.
    await load(200, concurrency, async (i) => post(`http://127.0.0.1:${barePort}/`)(i));
    const warm = Array.from({ length: 200 }, (_, i) => body(total + i));
    await load(200, concurrency, async (i) => {
      const b = warm[i];
      await (
        await fetch(`http://127.0.0.1:${port}/webhooks/meta`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(b).digest('hex')}`,
          },
          body: b,
        })
      ).arrayBuffer();
    });

    const webhook = await load(total, concurrency, post(`http://127.0.0.1:${port}/webhooks/meta`));
    const bareHttp = await load(total, concurrency, post(`http://127.0.0.1:${barePort}/`));
    const pool = new Pool({
      connectionString: `postgres://postgres:webcare-embedded@127.0.0.1:${pgPort}/webcare`,
      max: concurrency,
    });
    // The app's PostgreSQL stops with the app; a connection dropped then is no failure of the benchmark.
    pool.on('error', () => undefined);
    pool.on('connect', (connection) => connection.on('error', () => undefined));
    await pool.query(
      'CREATE TABLE IF NOT EXISTS bench_inserts (id bigserial PRIMARY KEY, body jsonb NOT NULL)',
    );
    const insert = await load(total, concurrency, (i) =>
      pool.query('INSERT INTO bench_inserts (body) VALUES ($1)', [bodies[i]]),
    );
    await pool.query('DROP TABLE bench_inserts');
    await pool.end();
    return { total, concurrency, webhook, bareHttp, insert };
  } finally {
    app.kill('SIGTERM');
    bare.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    rmSync(scratch, { recursive: true, force: true });
  }
}
