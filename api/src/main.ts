import 'reflect-metadata';
import path from 'node:path';
import { Logger, type LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, raw } from 'express';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { correlationId } from './common/correlation-id.middleware';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { AppConfig, ConfigError } from './config/app-config';
import { dataSourceOptions, migrate } from './database/data-source';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './database/embedded-postgres';
import { DEMO_PASSWORD, DEMO_USERS, DemoService } from './demo/demo.service';
import { MetricsService } from './health/metrics.service';
import { IngestWorker } from './ingest/ingest.worker';
import { JobsService } from './jobs/jobs.service';
import { SendWorker } from './outbound/send.worker';
import { PostgresIoAdapter } from './realtime/postgres-io.adapter';

/** Webhook bodies up to 5 MiB (WhatsApp deliveries reach 3 MB); everything else is small JSON. */
const WEBHOOK_BODY_LIMIT = '5mb';

const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

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
  Logger.overrideLogger(LEVELS[config.logLevel]);

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

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
    logger: LEVELS[config.logLevel],
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.use(correlationId);
  const metrics = app.get(MetricsService);
  app.use(
    (
      request: { method: string; route?: { path?: string }; baseUrl?: string },
      response: { statusCode: number; on: (e: string, f: () => void) => void },
      next: () => void,
    ) => {
      const stop = metrics.httpDuration.startTimer();
      response.on('finish', () =>
        stop({
          method: request.method,
          route: `${request.baseUrl ?? ''}${request.route?.path ?? ''}` || 'unmatched',
          status: String(response.statusCode),
        }),
      );
      next();
    },
  );
  // Webhooks keep their raw bytes: signatures are checked over exactly what the provider sent.
  app.use('/webhooks', raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT }));
  app.use(json({ limit: '1mb' }));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new HttpExceptionFilter());
  const socketPool = new Pool({
    connectionString: databaseUrl,
    max: 4,
    application_name: 'webcare-realtime',
  });
  app.useWebSocketAdapter(new PostgresIoAdapter(app, socketPool));
  SwaggerModule.setup(
    'api/docs',
    app,
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('Webcare Inbox API').setVersion('1').addBearerAuth().build(),
    ),
  );
  app.enableShutdownHooks();

  await app.get(JobsService).start(databaseUrl);
  if (config.runWorkers) {
    await app.get(IngestWorker).start();
    await app.get(SendWorker).start();
  }
  if (config.demo) await app.get(DemoService).seed();

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
