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
      ...extraUserIds.map(rooms.user),
    ];
    this.server.to(targets).emit(created ? 'escalation.created' : 'escalation.updated', escalation);
  }
}
