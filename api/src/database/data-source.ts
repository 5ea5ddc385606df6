import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';

/** Compiled code loads .js files; tests running from source load .ts (never .d.ts). */
const ext = __filename.endsWith('.ts') ? 'ts' : 'js';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: [path.join(__dirname, `../**/*.entity.${ext}`)],
    migrations: [path.join(__dirname, `migrations/*.${ext}`)],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // TypeORM's own error log prints query parameters, which can be message text: never enable it.
    logging: false,
    extra: { max: 20, application_name: 'webcare-inbox' },
  };
}

/** An arbitrary constant: every replica takes the same lock so only one migrates at a time. */
const MIGRATION_LOCK_KEY = 731_5001;

/** Runs pending migrations while holding a session advisory lock, so concurrent starts do not race. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** SQL the entities need that the migrations do not create: empty when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) => query.query);
}
