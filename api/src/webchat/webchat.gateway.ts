import { Logger } from '@nestjs/common';
import { type OnGatewayConnection, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import type { WidgetMessage, WidgetServerToClientEvents } from '@webcare/shared';
import type { Namespace, Socket } from 'socket.io';
import { type Visitor, WebchatService } from './webchat.service';

type WidgetSocket = Socket<Record<string, never>, WidgetServerToClientEvents>;

export function visitorRoom(visitor: Visitor): string {
  return `visitor:${visitor.key}:${visitor.id}`;
}

/**
 * The visitor's live line (socket.io namespace `/widget`, auth `{key, visitorToken}`): answers, the
 * agent's typing and a request for a phone number arrive here, on any replica (the PostgreSQL adapter).
 * A site whose origin the widget account does not allow is refused.
 */
@WebSocketGateway({ path: '/socket.io', namespace: 'widget', serveClient: false })
export class WebchatGateway implements OnGatewayConnection {
  private readonly logger = new Logger(WebchatGateway.name);

  @WebSocketServer()
  server: Namespace<Record<string, never>, WidgetServerToClientEvents>;

  constructor(private readonly webchat: WebchatService) {}

  async handleConnection(socket: WidgetSocket): Promise<void> {
    try {
      const auth = (socket.handshake.auth ?? {}) as { key?: unknown; visitorToken?: unknown };
      if (typeof auth.key !== 'string') throw new Error('no key');
      await this.webchat.requireAccount(auth.key, socket.handshake.headers.origin);
      const visitor = await this.webchat.requireVisitor(auth.key, auth.visitorToken);
      await socket.join(visitorRoom(visitor));
    } catch {
      socket.disconnect(true);
    }
  }

  deliver(visitor: Visitor, message: WidgetMessage): void {
    this.server?.to(visitorRoom(visitor)).emit('message', message);
  }

  typing(visitor: Visitor, typing: boolean): void {
    this.server?.to(visitorRoom(visitor)).emit('typing', { typing });
  }

  phoneRequested(visitor: Visitor): void {
    this.server?.to(visitorRoom(visitor)).emit('phone.requested');
    this.logger.debug('A visitor was asked for a phone number');
  }
}
