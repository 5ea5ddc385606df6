import { Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { WidgetClientToServerEvents, WidgetMessage, WidgetServerToClientEvents } from '@webcare/shared';
import { DomainEventBus } from '../events/domain-event-bus';
import type { Namespace, Socket } from 'socket.io';
import { type Visitor, WebchatService } from './webchat.service';

interface WidgetSocketData {
  visitor: Visitor;
  /** When this socket last told the inbox about typing: at most once a second. */
  typingAt: number;
}
type WidgetSocket = Socket<
  WidgetClientToServerEvents,
  WidgetServerToClientEvents,
  Record<string, never>,
  WidgetSocketData
>;

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
  server: Namespace<WidgetClientToServerEvents, WidgetServerToClientEvents>;

  constructor(
    private readonly webchat: WebchatService,
    private readonly events: DomainEventBus,
  ) {}

  async handleConnection(socket: WidgetSocket): Promise<void> {
    try {
      const auth = (socket.handshake.auth ?? {}) as { key?: unknown; visitorToken?: unknown };
      if (typeof auth.key !== 'string') throw new Error('no key');
      await this.webchat.requireAccount(auth.key, socket.handshake.headers.origin);
      const visitor = await this.webchat.requireVisitor(auth.key, auth.visitorToken);
      socket.data = { visitor, typingAt: 0 };
      await socket.join(visitorRoom(visitor));
    } catch {
      socket.disconnect(true);
    }
  }

  @SubscribeMessage('typing')
  async typingFromVisitor(
    @ConnectedSocket() socket: WidgetSocket,
    @MessageBody() body: { typing?: unknown } | undefined,
  ): Promise<void> {
    const visitor = socket.data?.visitor;
    const typing = body?.typing === true;
    if (!visitor || (typing && Date.now() - socket.data.typingAt < 1000)) return;
    socket.data.typingAt = Date.now();
    const conversationId = await this.webchat.conversationOf(visitor).catch(() => null);
    if (conversationId) await this.events.emit('contact.typing', { conversationId, typing });
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
