import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../src/bootstrap';
import { AppConfig } from '../src/config/app-config';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The whole application on a fresh database, listening on a free loopback port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = new AppConfig({
    DATABASE_URL: database.url,
    DEMO: '1',
    DEMO_QUEUE: '0',
    LOG_LEVEL: 'error',
    JWT_SECRET: 'test-jwt-secret-test-jwt-secret-0123456789',
    META_APP_SECRET: 'test-meta-app-secret',
    META_VERIFY_TOKEN: 'test-verify-token',
    X_CONSUMER_SECRET: 'test-x-consumer-secret',
    TWILIO_AUTH_TOKEN: 'test-twilio-auth-token',
    WEB_DIST: '/nonexistent',
    ...env,
  });
  const { app, socketPool } = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    database,
    close: async () => {
      await app.close();
      await socketPool.end().catch(() => undefined);
      await database.drop();
    },
  };
}
