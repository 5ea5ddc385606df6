/**
 * Writes a migration with the SQL that makes the database match the entities:
 *   npm run build -w api && node api/dist/database/generate-migration.js AddSomething
 * It starts a throw-away embedded PostgreSQL, applies the existing migrations and diffs.
 */
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrate } from './data-source';
import { startEmbeddedPostgres } from './embedded-postgres';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: generate-migration.js <PascalCaseName>');
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'webcare-migrate-'));
  chmodSync(scratch, 0o755);
  const pg = await startEmbeddedPostgres({
    dir: path.join(scratch, 'pg'),
    port: 54000 + Math.floor(Math.random() * 900),
    database: 'webcare',
    ephemeral: true,
  });
  const dataSource = new DataSource(dataSourceOptions(pg.url));
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    const log = await dataSource.driver.createSchemaBuilder().log();
    if (log.upQueries.length === 0) {
      process.stdout.write('Entities and migrations agree: nothing to generate.\n');
      return;
    }
    const timestamp = Date.now();
    const quote = (sql: string): string => '`' + sql.replace(/`/g, '\\`') + '`';
    const up = log.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n');
    const down = log.downQueries
      .reverse()
      .map((q) => `    await queryRunner.query(${quote(q.query)});`)
      .join('\n');
    const file = path.resolve(__dirname, '../../src/database/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\n` +
        `export class ${name}${timestamp} implements MigrationInterface {\n` +
        `  name = '${name}${timestamp}';\n\n` +
        `  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n` +
        `  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\n`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
