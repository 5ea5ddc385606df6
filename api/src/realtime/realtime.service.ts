import { Injectable } from '@nestjs/common';
import type { ConversationSummary, EscalationView, MessageView } from '@webcare/shared';
import { RealtimeGateway } from './realtime.gateway';
import { rooms } from './rooms';

/** What features call to push changes; they never touch socket.io themselves. */
@Injectable()
export class RealtimeService {
  constructor(private readonly gateway: RealtimeGateway) {}

  private get server() {
    return this.gateway.server;
  }

  conversationChanged(summary: ConversationSummary, created: boolean, teamId: string | null): void {
    if (!this.server) return;
    const targets = [rooms.queue, rooms.conversation(summary.id), ...(teamId ? [rooms.team(teamId)] : [])];
    this.server.to(targets).emit(created ? 'conversation.created' : 'conversation.updated', summary);
  }

  messageCreated(conversationId: string, message: MessageView, teamId: string | null): void {
    if (!this.server) return;
    const targets = [
      rooms.queue,
      rooms.conversation(conversationId),
      ...(teamId ? [rooms.team(teamId)] : []),
    ];
    this.server.to(targets).emit('message.created', { conversationId, message });
  }

  messageUpdated(conversationId: string, message: MessageView): void {
    this.server?.to(rooms.conversation(conversationId)).emit('message.updated', { conversationId, message });
  }

  escalationChanged(escalation: EscalationView, created: boolean, extraUserIds: string[] = []): void {
    if (!this.server) return;
    const targets = [
      rooms.team(escalation.teamId),
      rooms.role('supervisor'),
      rooms.role('admin'),
      rooms.conversation(escalation.conversationId),
      ...extraUserIds.map(rooms.user),
    ];
    this.server.to(targets).emit(created ? 'escalation.created' : 'escalation.updated', escalation);
  }

  /** A user joined or left a team: their open sockets follow, so the team's escalations reach them. */
  teamMembershipChanged(userId: string, teamId: string, joined: boolean): void {
    if (!this.server) return;
    const sockets = this.server.in(rooms.user(userId));
    if (joined) sockets.socketsJoin(rooms.team(teamId));
    else sockets.socketsLeave(rooms.team(teamId));
  }
}
