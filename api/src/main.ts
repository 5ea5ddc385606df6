import 'reflect-metadata';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigError } from './config/app-config';
import { dataSourceOptions, migrate } from './database/data-source';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './database/embedded-postgres';
import { AppLogger, createApp, LEVELS } from './bootstrap';
import { isDatabaseUnavailable } from './common/http-exception.filter';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/demo.service';

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = new AppConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = new Logger('WebcareInbox');
  Logger.overrideLogger(new AppLogger({ logLevels: LEVELS[config.logLevel] }));
  // A database blip rejects promises nobody awaits (pg-boss completes and fails jobs without awaiting):
  // the job then expires and runs again, so the process logs and carries on instead of exiting.
  process.on('unhandledRejection', (reason) => {
    const name = reason instanceof Error ? reason.name : typeof reason;
    const text = reason instanceof Error ? reason.message.slice(0, 200) : '';
    logger.warn(`Unhandled rejection (${name}) ignored: ${text}`);
  });
  // A pg client that loses its connection while checked out and idle emits 'error' with no listener;
  // the pool has already dropped it, so the process carries on. Anything else is a real bug: exit.
  process.on('uncaughtException', (error) => {
    if (isDatabaseUnavailable(error)) {
      logger.warn(`Database connection lost outside a query (${error.message.slice(0, 120)}); carrying on`);
      return;
    }
    process.stderr.write(`${error.stack ?? String(error)}\n`);
    process.exit(1);
  });

  let embedded: EmbeddedPostgresHandle | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    logger.log(
      `Starting the embedded PostgreSQL in ${path.relative(process.cwd(), config.dataDir) || '.'}/pg on port ${config.embeddedPgPort}`,
    );
    embedded = await startEmbeddedPostgres({
      dir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      database: 'webcare',
    });
    databaseUrl = embedded.url;
  }

  const migrations = new DataSource(dataSourceOptions(databaseUrl));
  await migrations.initialize();
  const applied = await migrate(migrations);
  await migrations.destroy();
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);

  const { app, socketPool } = await createApp(config, databaseUrl);

  await app.listen(config.port);
  logger.log(`Webcare Inbox is running: open http://localhost:${config.port}/`);
  if (config.demo) {
    logger.log(
      `Demo mode. Log in with password "${DEMO_PASSWORD}" as: ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(', ')}`,
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: shutting down`);
    await app.close().catch(() => undefined);
    await socketPool.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(
    `Webcare Inbox could not start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
