import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const REPO_ROOT = path.resolve(__dirname, '../..');

/** The secrets test/fixtures/payloads were signed with. */
export const TEST_SECRETS = {
  META_APP_SECRET: 'test-meta-app-secret',
  META_VERIFY_TOKEN: 'test-verify-token',
  X_CONSUMER_SECRET: 'test-x-consumer-secret',
  TWILIO_AUTH_TOKEN: 'test-twilio-auth-token',
  PUBLIC_URL: 'https://inbox.example.nl',
};

export interface RunningApp {
  url: string;
  /** A superuser connection to the app's PostgreSQL server, and the app's database name there. */
  databaseAdminUrl: string;
  databaseName: string;
  /** The app's DATA_DIR (media store, demo keys, access-log checkpoints). */
  dataDir: string;
  /** Everything the process printed: tests check that no message text leaks into it. */
  output(): string;
  stop(): Promise<void>;
  process: ChildProcess;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the built app the way a user does (node api/dist/main.js), on free ports, with its own
 * database: a fresh database on TEST_DATABASE_URL's server when that is set, else the embedded default.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  // A test that must know the address before the start (a provider's redirect address) passes PORT.
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const scratch = mkdtempSync(path.join(tmpdir(), 'webcare-e2e-'));
  chmodSync(scratch, 0o755);
  const database: Record<string, string> = {};
  let databaseAdminUrl: string;
  let databaseName = 'webcare';
  let dropDatabase: (() => Promise<void>) | null = null;
  if (process.env.TEST_DATABASE_URL) {
    const name = `webcare_e2e_${process.pid}_${port}`;
    databaseAdminUrl = process.env.TEST_DATABASE_URL;
    databaseName = name;
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    database.DATABASE_URL = url.toString();
    database.DEMO = '1';
    dropDatabase = async () => {
      const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    database.EMBEDDED_PG_PORT = String(await freePort());
    // The embedded cluster's superuser, as api/src/database/embedded-postgres.ts sets it up.
    databaseAdminUrl = `postgres://postgres:webcare-embedded@127.0.0.1:${database.EMBEDDED_PG_PORT}/postgres`;
  }
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  let output = '';
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'api/dist/main.js')], {
    cwd: REPO_ROOT,
    env: {
      ...inherited,
      PORT: String(port),
      DATA_DIR: path.join(scratch, 'data'),
      DEMO_QUEUE: '0',
      LOG_LEVEL: 'log',
      ...TEST_SECRETS,
      ...database,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 60_000;
  for (;;) {
    const state = await Promise.race([
      exited.then(() => 'exited' as const),
      new Promise((r) => setTimeout(r, 200)).then(() => 'waiting' as const),
    ]);
    if (state === 'exited') throw new Error(`The app exited during start:\n${output}`);
    const healthy = await fetch(`${url}/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy && output.includes('is running')) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The app did not become healthy in 60 s:\n${output}`);
    }
  }
  return {
    url,
    databaseAdminUrl,
    databaseName,
    dataDir: path.join(scratch, 'data'),
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await dropDatabase?.().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
