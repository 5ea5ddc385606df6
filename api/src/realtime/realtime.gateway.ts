import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayDisconnect,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { ClientToServerEvents, PresencePayload, Role, ServerToClientEvents } from '@webcare/shared';
import type { Server, Socket } from 'socket.io';
import { AuthService } from '../auth/auth.service';
import { UUID } from '../common/uuid';
import { OnDomainEvent } from '../events/domain-events';
import { ConversationsService } from '../conversations/conversations.service';
import { DomainEventBus } from '../events/domain-event-bus';
import { UsersService } from '../users/users.service';
import { WorkloadService } from '../workload/workload.service';
import { rooms } from './rooms';

const PRESENCE_REFRESH_MS = 15_000;

interface SocketData {
  userId: string;
  name: string;
  role: Role;
  typingIn: string[];
}
type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway
  implements
    OnGatewayInit,
    OnGatewayConnection,
    OnGatewayDisconnect,
    OnApplicationBootstrap,
    OnApplicationShutdown
{
  private readonly logger = new Logger(RealtimeGateway.name);
  /** Keeps this replica's connections fresh in the presence table (a dead replica's go stale). */
  private presenceTimer: NodeJS.Timeout | null = null;

  @WebSocketServer()
  server: AppServer;

  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly conversations: ConversationsService,
    private readonly events: DomainEventBus,
    private readonly workload: WorkloadService,
  ) {}

  onApplicationBootstrap(): void {
    this.presenceTimer = setInterval(() => void this.refreshPresence(), PRESENCE_REFRESH_MS);
    this.presenceTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.presenceTimer = null;
  }

  private async refreshPresence(): Promise<void> {
    if (!this.server) return;
    try {
      await this.workload.refresh([...this.server.sockets.sockets.keys()]);
    } catch (error) {
      this.logger.warn(`Presence refresh failed: ${error instanceof Error ? error.name : 'Error'}`);
    }
  }

  /**
   * The handshake is checked before the connection is accepted (token valid, user active, session not
   * revoked), so the socket's identity is known before its first message arrives.
   */
  afterInit(server: AppServer): void {
    server.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== 'string') return next(new Error('unauthorized'));
      this.auth.verifySession(token).then(
        (payload) => {
          socket.data = { userId: payload.sub, name: payload.name, role: payload.role, typingIn: [] };
          next();
        },
        () => next(new Error('unauthorized')),
      );
    });
  }

  async handleConnection(socket: AppSocket): Promise<void> {
    try {
      const { userId, role } = socket.data ?? {};
      if (!userId) throw new Error('no identity');
      await socket.join(rooms.user(userId));
      if (role === 'advisor') {
        for (const teamId of await this.users.teamIdsOf(userId)) await socket.join(rooms.team(teamId));
      } else {
        await socket.join(rooms.queue);
      }
      await socket.join(rooms.role(role));
    } catch {
      // No valid token: close at once; the console logs in again.
      socket.disconnect(true);
      return;
    }
    await this.workload.connected(socket.id, socket.data.userId).catch((error: unknown) => {
      this.logger.warn(`Presence not recorded: ${error instanceof Error ? error.name : 'Error'}`);
    });
  }

  /** Revoked sessions lose their sockets at once, on every replica (the adapter carries the command). */
  @OnDomainEvent('user.sessions_revoked')
  revoked({ userId }: { userId: string }): void {
    this.server.in(rooms.user(userId)).disconnectSockets(true);
  }

  async handleDisconnect(socket: AppSocket): Promise<void> {
    if (socket.data?.userId) {
      await this.workload.disconnected(socket.id, socket.data.userId).catch((error: unknown) => {
        this.logger.warn(`Presence not recorded: ${error instanceof Error ? error.name : 'Error'}`);
      });
    }
    const viewing = [...socket.rooms].filter((room) => room.startsWith('conversation:'));
    for (const room of viewing) await this.broadcastPresence(room.slice('conversation:'.length));
  }

  @SubscribeMessage('conversation.view')
  async view(
    @ConnectedSocket() socket: AppSocket,
    @MessageBody() body: { conversationId?: unknown },
  ): Promise<void> {
    const id = this.conversationId(body);
    if (!id || !socket.data?.userId || !(await this.mayView(socket.data, id))) return;
    await socket.join(rooms.conversation(id));
    await this.broadcastPresence(id);
  }

  @SubscribeMessage('conversation.leave')
  async leave(
    @ConnectedSocket() socket: AppSocket,
    @MessageBody() body: { conversationId?: unknown },
  ): Promise<void> {
    const id = this.conversationId(body);
    if (!id) return;
    socket.data.typingIn = socket.data.typingIn.filter((c) => c !== id);
    await socket.leave(rooms.conversation(id));
    await this.broadcastPresence(id);
  }

  @SubscribeMessage('conversation.typing')
  async typing(
    @ConnectedSocket() socket: AppSocket,
    @MessageBody() body: { conversationId?: unknown; typing?: unknown },
  ): Promise<void> {
    const id = this.conversationId(body);
    if (!id || !socket.data?.userId) return;
    // Recorded even while the view's join is still settling; presence is only sent to the room.
    const others = socket.data.typingIn.filter((c) => c !== id);
    const wasTyping = socket.data.typingIn.includes(id);
    socket.data.typingIn = body.typing === true ? [...others, id] : others;
    if (socket.rooms.has(rooms.conversation(id))) await this.broadcastPresence(id);
    if (wasTyping !== (body.typing === true)) {
      await this.events.emit('conversation.typing', { conversationId: id, typing: body.typing === true });
    }
  }

  /** Everyone viewing the conversation, on any replica, and whether they are typing. */
  async broadcastPresence(conversationId: string): Promise<void> {
    try {
      const sockets = await this.server.in(rooms.conversation(conversationId)).fetchSockets();
      const viewers = new Map<string, PresencePayload['viewers'][number]>();
      for (const s of sockets) {
        if (!s.data?.userId) continue;
        const typing = s.data.typingIn.includes(conversationId);
        const known = viewers.get(s.data.userId);
        viewers.set(s.data.userId, {
          userId: s.data.userId,
          name: s.data.name,
          typing: typing || !!known?.typing,
        });
      }
      this.server
        .to(rooms.conversation(conversationId))
        .emit('presence', { conversationId, viewers: [...viewers.values()] });
    } catch (error) {
      this.logger.warn(`Presence update failed: ${(error as Error).name}`);
    }
  }

  /** The same rule as REST: advisors see only conversations escalated to one of their teams. */
  private async mayView(data: SocketData, conversationId: string): Promise<boolean> {
    if (data.role !== 'advisor') return true;
    const teams = await this.users.teamIdsOf(data.userId);
    const teamId = await this.conversations.teamIdOf(conversationId);
    return !!teamId && teams.includes(teamId);
  }

  private conversationId(body: { conversationId?: unknown } | undefined): string | null {
    const id = body?.conversationId;
    return typeof id === 'string' && UUID.test(id) ? id : null;
  }
}
