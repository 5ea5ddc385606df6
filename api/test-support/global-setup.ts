import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from '../src/database/data-source';
import { createDatabaseIfMissing, startEmbeddedPostgres } from '../src/database/embedded-postgres';

export const TEMPLATE_DATABASE = 'webcare_test_template';

/**
 * Once per test run: a PostgreSQL server (TEST_DATABASE_URL's, or an embedded one), and a template
 * database with every migration applied. Each test file clones the template (see database.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const scratch = mkdtempSync(path.join(tmpdir(), 'webcare-test-pg-'));
    chmodSync(scratch, 0o755);
    const port = 55000 + Math.floor(Math.random() * 4000);
    const pg = await startEmbeddedPostgres({
      dir: path.join(scratch, 'pg'),
      port,
      database: 'postgres',
      ephemeral: true,
    });
    (globalThis as { __webcarePg?: { stop(): Promise<void> } }).__webcarePg = pg;
    adminUrl = pg.url;
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await createDatabaseIfMissing(adminUrl, TEMPLATE_DATABASE);
  const dataSource = new DataSource(dataSourceOptions(templateUrl));
  await dataSource.initialize();
  await migrate(dataSource);
  await dataSource.destroy();
  process.env.WEBCARE_TEST_ADMIN_URL = adminUrl;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
