import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { ConversationSummary, EscalationView } from '@webcare/shared';
import { ConversationsService } from '../conversations/conversations.service';
import { EscalationsService } from '../escalations/escalations.service';
import type { DomainEvents } from '../events/domain-events';
import { OnDomainEvent } from '../events/domain-events';
import { AppConfig } from '../config/app-config';
import { PushService } from '../push/push.service';
import { SpikesService } from '../insight/spikes.service';
import { WorkloadService } from '../workload/workload.service';
import { RealtimeGateway } from './realtime.gateway';
import { rooms } from './rooms';

/**
 * Listens to the domain events and pushes each change to every console whose view it touches. Features
 * never call this or socket.io: they emit once their change has committed.
 */
/** Only a danger this recent is pushed (not old work found again after a restart). */
const PUSH_WITHIN_MS = 30 * 60_000;
const SPIKE_PUSH_MS = 1_000;

@Injectable()
export class RealtimeService implements OnModuleDestroy {
  /** The danger each conversation was last pushed for, so a later change does not push it again. */
  private readonly pushed = new Map<string, string>();
  /** Spike views waiting to be pushed, and when each spike was last pushed. */
  private readonly spikePushes = new Map<string, NodeJS.Timeout>();
  private readonly spikePushedAt = new Map<string, number>();

  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly conversations: ConversationsService,
    private readonly escalations: EscalationsService,
    private readonly push: PushService,
    private readonly config: AppConfig,
    private readonly spikes: SpikesService,
    private readonly workload: WorkloadService,
  ) {}

  private get server() {
    return this.gateway.server;
  }

  @OnDomainEvent('conversation.changed')
  async onConversationChanged(event: DomainEvents['conversation.changed']): Promise<void> {
    if (!this.server) return;
    const { summary, teamId } = await this.conversations.summary(
      event.conversationId,
      event.byUserId ?? undefined,
    );
    this.conversationChanged(summary, event.created ?? false, teamId);
    await this.pushIfNobodyOnDuty(summary);
  }

  /**
   * A new crisis or safeguarding message nobody has answered, and no agent has the console open (on
   * any replica): the advisors' and supervisors' subscribed devices get a push.
   */
  private async pushIfNobodyOnDuty(summary: ConversationSummary): Promise<void> {
    if (!summary.needsFirstContact || !summary.dangerSince) return;
    if (this.pushed.get(summary.id) === summary.dangerSince) return;
    if (Date.now() - Date.parse(summary.dangerSince) > PUSH_WITHIN_MS) return;
    const agents = await this.server.in(rooms.role('agent')).fetchSockets();
    if (agents.length > 0) return;
    this.pushed.set(summary.id, summary.dangerSince);
    if (this.pushed.size > 10_000) this.pushed.delete(this.pushed.keys().next().value!);
    await this.push.notifyOnCall({
      kind: 'new_danger',
      conversationId: summary.id,
      title: 'Crisis: eerst contact nodig',
      body: 'Iemand in nood wacht op een eerste antwoord en er is geen webcaremedewerker online.',
      url: `${this.config.publicUrl}/#/inbox/${summary.id}`,
    });
  }

  @OnDomainEvent('message.recorded')
  async onMessageRecorded(event: DomainEvents['message.recorded']): Promise<void> {
    if (!this.server) return;
    const found = await this.conversations.threadMessage(event.messageId);
    if (!found) return;
    const targets = [
      rooms.queue,
      rooms.conversation(event.conversationId),
      ...(found.teamId ? [rooms.team(found.teamId)] : []),
    ];
    this.server
      .to(targets)
      .emit('message.created', { conversationId: event.conversationId, message: found.view });
  }

  @OnDomainEvent('message.changed')
  async onMessageChanged(event: DomainEvents['message.changed']): Promise<void> {
    if (!this.server) return;
    const found = await this.conversations.threadMessage(event.messageId);
    if (!found) return;
    this.server
      .to(rooms.conversation(event.conversationId))
      .emit('message.updated', { conversationId: event.conversationId, message: found.view });
  }

  /** To everyone who has the conversation open: the person is typing (web chat). */
  @OnDomainEvent('contact.typing')
  onContactTyping(event: DomainEvents['contact.typing']): void {
    this.server?.to(rooms.conversation(event.conversationId)).emit('contact.typing', event);
  }

  /** To the team's advisors, supervisors and admins, the conversation's viewers, who asked and who accepted. */
  @OnDomainEvent('escalation.changed')
  async onEscalationChanged(event: DomainEvents['escalation.changed']): Promise<void> {
    if (!this.server) return;
    const escalation: EscalationView = await this.escalations.view(event.escalationId);
    const people = [escalation.requestedBy?.id, escalation.acceptedBy?.id].filter((id): id is string => !!id);
    const targets = [
      rooms.team(escalation.teamId),
      rooms.role('supervisor'),
      rooms.role('admin'),
      rooms.conversation(escalation.conversationId),
      ...[...new Set(people)].map(rooms.user),
    ];
    this.server.to(targets).emit(event.created ? 'escalation.created' : 'escalation.updated', escalation);
  }

  /** Supervisors hear when crisis or safeguarding work had to go to the advisors on call. */
  @OnDomainEvent('crisis.on_call')
  async onCrisisOnCall(event: DomainEvents['crisis.on_call']): Promise<void> {
    if (!this.server) return;
    const escalation = await this.escalations.view(event.escalationId);
    await this.push.notifyOnCall({
      kind: 'on_call',
      conversationId: event.conversationId,
      title: `Crisis naar dienstdoende zorgadviseurs (${escalation.teamName})`,
      body:
        event.reason === 'call_back_failed'
          ? 'Terugbellen lukt niet; neem het gesprek over.'
          : 'Geen eerste contact op tijd; neem het gesprek over.',
      url: `${this.config.publicUrl}/#/inbox/${event.conversationId}`,
    });
    this.server.to([rooms.role('supervisor'), rooms.role('admin')]).emit('crisis.alert', {
      conversationId: event.conversationId,
      escalationId: event.escalationId,
      reason: event.reason,
      contactName: escalation.contact.displayName,
      teamName: escalation.teamName,
    });
  }

  /**
   * Agents, supervisors and admins see the spike banner: raised, grown, or its bulk answer moved on.
   * A wave changes its spike with every arrival, and the spike's view counts all its members: the
   * banner gets the first change at once and then at most one view per spike every SPIKE_PUSH_MS.
   */
  @OnDomainEvent('spike.changed')
  onSpikeChanged(event: DomainEvents['spike.changed']): void {
    if (!this.server || this.spikePushes.has(event.spikeId)) return;
    const wait = Math.max(0, (this.spikePushedAt.get(event.spikeId) ?? 0) + SPIKE_PUSH_MS - Date.now());
    const timer = setTimeout(() => {
      // A change from here on schedules the next push: the view read now may not contain it.
      this.spikePushes.delete(event.spikeId);
      this.spikePushedAt.set(event.spikeId, Date.now());
      if (this.spikePushedAt.size > 1_000) this.spikePushedAt.delete(this.spikePushedAt.keys().next().value!);
      void this.pushSpike(event.spikeId);
    }, wait);
    timer.unref();
    this.spikePushes.set(event.spikeId, timer);
  }

  private async pushSpike(spikeId: string): Promise<void> {
    try {
      this.server.to(rooms.queue).emit('spike.updated', await this.spikes.view(spikeId, false));
    } catch {
      // The next change pushes it again; a banner a second old is no harm.
    }
  }

  onModuleDestroy(): void {
    for (const timer of this.spikePushes.values()) clearTimeout(timer);
    this.spikePushes.clear();
  }

  /**
   * Four eyes: everyone who may approve (agents, advisors of the conversation's team, supervisors) and
   * the writer hear that a public reply waits, or what became of it.
   */
  @OnDomainEvent('approval.changed')
  async onApprovalChanged(event: DomainEvents['approval.changed']): Promise<void> {
    if (!this.server) return;
    const found = await this.conversations.threadMessage(event.messageId);
    if (!found?.view.approval) return;
    const writer = found.view.author;
    const targets = [
      rooms.queue,
      rooms.conversation(event.conversationId),
      ...(found.teamId ? [rooms.team(found.teamId)] : []),
      ...(writer?.id ? [rooms.user(writer.id)] : []),
    ];
    this.server.to(targets).emit('approval.changed', {
      conversationId: event.conversationId,
      messageId: event.messageId,
      writer: { id: writer?.id ?? '', name: writer?.name ?? '' },
      contactName: found.contactName,
      state: found.view.approval.state,
    });
  }

  /** Supervisors and the queue see who is online, away or offline. */
  @OnDomainEvent('presence.changed')
  async onPresenceChanged(): Promise<void> {
    if (!this.server) return;
    this.server.to(rooms.queue).emit('agents.presence', await this.workload.list());
  }

  /** A user joined or left a team: their open sockets follow, so the team's escalations reach them. */
  @OnDomainEvent('team.membership.changed')
  onTeamMembershipChanged(event: DomainEvents['team.membership.changed']): void {
    if (!this.server) return;
    const sockets = this.server.in(rooms.user(event.userId));
    if (event.joined) sockets.socketsJoin(rooms.team(event.teamId));
    else sockets.socketsLeave(rooms.team(event.teamId));
  }

  private conversationChanged(summary: ConversationSummary, created: boolean, teamId: string | null): void {
    const targets = [rooms.queue, rooms.conversation(summary.id), ...(teamId ? [rooms.team(teamId)] : [])];
    this.server.to(targets).emit(created ? 'conversation.created' : 'conversation.updated', summary);
  }
}
