import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Pool } from 'pg';
import type { Server, ServerOptions } from 'socket.io';

/** socket.io across API replicas through PostgreSQL LISTEN/NOTIFY: no Redis needed. */
export class PostgresIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly pool: Pool,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server = super.createIOServer(port, { ...options, path: '/socket.io' }) as Server;
    server.adapter(
      createAdapter(this.pool, { tableName: 'socket_io_attachments', errorHandler: () => undefined }),
    );
    return server;
  }
}
