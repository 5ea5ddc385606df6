import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { ConsoleLogger, type LogLevel, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CODES, WIDGET_IMAGE_LIMIT_BYTES } from '@webcare/shared';
import { json, type NextFunction, raw, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Pool } from 'pg';
import { AppModule } from './app.module';
import { correlationId } from './common/correlation-id.middleware';
import { HttpExceptionFilter } from './common/http-exception.filter';
import type { AppConfig } from './config/app-config';
import { DemoService } from './demo/demo.service';
import { MetricsService } from './health/metrics.service';
import { IngestWorker } from './ingest/ingest.worker';
import { CrisisWatcher } from './escalations/crisis-watcher';
import { WorkloadWatcher } from './workload/workload-watcher';
import { JobsService } from './jobs/jobs.service';
import { SendWorker } from './outbound/send.worker';
import { webhookFastPath } from './webhooks/webhook-fast-path';
import { WebhookIntakeService } from './webhooks/webhook-intake.service';
import { PostgresIoAdapter } from './realtime/postgres-io.adapter';

/** Nest's start-up chatter (every route and gateway mapped) hides what a person starting the app needs. */
const QUIET_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'WebSocketsController',
  'NestFactory',
  'NestApplication',
]);

export class AppLogger extends ConsoleLogger {
  override log(message: unknown, context?: string): void {
    if (context && QUIET_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}

export const LEVELS: Record<AppConfig['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

type Middleware = (request: Request, response: Response, next: NextFunction) => void;

/** Body-parser errors (413 too large, 400 bad JSON) answered in the API's error shape. */
function bodyErrorsAsJson(parser: Middleware): Middleware {
  return (request, response, next) =>
    parser(request, response, (error?: unknown) => {
      if (!error) return next();
      const status =
        typeof (error as { status?: unknown }).status === 'number'
          ? (error as { status: number }).status
          : 400;
      const tooLarge = status === 413;
      response.status(status).json({
        statusCode: status,
        code: tooLarge ? ERROR_CODES.payloadTooLarge : ERROR_CODES.validation,
        message: tooLarge ? 'The body is larger than allowed' : 'The body is not valid JSON',
        correlationId: (request as Request & { correlationId?: string }).correlationId,
      });
    });
}

/**
 * nosniff, no framing by other sites, no referrer to outside links, and a CSP the console works with:
 * its own scripts only; inline styles (React style attributes); images also from providers (https) and
 * data: URLs; the socket on the same origin.
 */
export function securityHeaders(): Middleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        mediaSrc: ["'self'", 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Served over plain HTTP on a laptop too; HSTS belongs to the TLS proxy in front.
    strictTransportSecurity: false,
  });
}

/**
 * Builds the whole application on a migrated database, with its job queue and workers started:
 * the same for `npm start` and for integration tests (which then call `app.listen(0)` or use services).
 */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
): Promise<{ app: NestExpressApplication; socketPool: Pool }> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, databaseUrl), {
    bodyParser: false,
    logger: new AppLogger({ logLevels: LEVELS[config.logLevel] }),
  });
  app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  app.disable('x-powered-by');
  // Webhook deliveries first, on their lean path in front of the framework: they keep their raw bytes
  // (signatures are checked over exactly what the provider sent) and skip the router and the console's
  // and the API's middleware. Everything else goes on to the framework's own request handler.
  const metrics = app.get(MetricsService);
  const server: Server = app.getHttpServer();
  const frameworkHandlers = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const fastPath = webhookFastPath(app.get(WebhookIntakeService), metrics);
  server.on('request', (request: IncomingMessage, response: ServerResponse) =>
    fastPath(request, response, () => {
      for (const handler of frameworkHandlers) handler.call(server, request, response);
    }),
  );
  app.use(securityHeaders());
  app.use(correlationId);
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
  // Web chat images arrive as their own bytes (the widget's upload), up to 5 MB; larger: 413.
  app.use(
    /^\/api\/widget\/[^/]+\/images$/,
    bodyErrorsAsJson(raw({ type: () => true, limit: WIDGET_IMAGE_LIMIT_BYTES })),
  );
  app.use(bodyErrorsAsJson(json({ limit: '1mb' })));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  app.useGlobalFilters(new HttpExceptionFilter());
  const socketPool = new Pool({
    connectionString: databaseUrl,
    max: 4,
    application_name: 'webcare-realtime',
  });
  // The adapter keeps a LISTEN connection checked out; without a listener a dropped connection would crash the process.
  socketPool.on('error', () => undefined);
  socketPool.on('connect', (connection) => connection.on('error', () => undefined));
  app.useWebSocketAdapter(new PostgresIoAdapter(app, socketPool));
  SwaggerModule.setup(
    'api/docs',
    app,
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('Webcare Inbox API').setVersion('1').addBearerAuth().build(),
    ),
  );

  await app.get(JobsService).start(databaseUrl);
  if (config.runWorkers) {
    await app.get(IngestWorker).start();
    await app.get(SendWorker).start();
    await app.get(CrisisWatcher).start();
    await app.get(WorkloadWatcher).start();
  }
  if (config.demo) await app.get(DemoService).seed();

  return { app, socketPool };
}
