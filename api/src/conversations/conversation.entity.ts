import type {
  Channel,
  ConversationStatus,
  FlagSummary,
  Priority,
  SuggestedSwitch,
  Visibility,
} from '@webcare/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ChannelAccountEntity } from '../contacts/channel-account.entity';
import { ContactEntity } from '../contacts/contact.entity';
import { UserEntity } from '../users/user.entity';

/**
 * One thread with one person: a DM thread per contact and account, or a public thread per post and author.
 * The queue reads only this table; triage and SLA results are stored on it so it sorts without joins.
 */
@Entity('conversations')
@Unique('uq_conversations_thread', ['channelAccountId', 'channel', 'threadKey'])
@Index('ix_conversations_queue', ['priorityRank', 'slaSortAt', 'lastMessageAt', 'id'])
@Index('ix_conversations_status_queue', ['status', 'priorityRank', 'slaSortAt', 'lastMessageAt', 'id'])
@Index('ix_conversations_assignee', ['assigneeId', 'status'])
@Index('ix_conversations_first_inbound', ['firstInboundAt'])
// Reports: index-only scans over a period, with the facts they aggregate (INCLUDE; created in the migration).
@Index('ix_conversations_report', { synchronize: false })
@Index('ix_conversations_sla_due', ['slaDueAt'])
@Index('ix_conversations_sla_near', ['slaNearAt'])
@Index('ix_conversations_assigned', ['assignedAt'])
// Auto-assignment's candidates: unassigned work waiting for an answer, in queue order.
@Index('ix_conversations_unassigned_waiting', ['priorityRank', 'slaSortAt', 'lastMessageAt', 'id'], {
  where: "assignee_id IS NULL AND status IN ('new', 'open') AND awaiting_since IS NOT NULL",
})
@Index('ix_conversations_paused', ['pausedAt'])
// GIN over the flag list for the queue's flag filter; created in the migration (TypeORM cannot declare GIN).
@Index('ix_conversations_flags', { synchronize: false })
export class ConversationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  channel: Channel;

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ name: 'channel_account_id', type: 'uuid' })
  channelAccountId: string;

  @ManyToOne(() => ChannelAccountEntity)
  @JoinColumn({ name: 'channel_account_id' })
  channelAccount: ChannelAccountEntity;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => ContactEntity)
  @JoinColumn({ name: 'contact_id' })
  contact: ContactEntity;

  /** `dm:<person id>` or `post:<post id>:<author id>`: finds the thread for the next message. */
  @Column({ name: 'thread_key', type: 'text' })
  threadKey: string;

  /** For public threads: the post the comments are on. */
  @Column({ name: 'post_id', type: 'text', nullable: true })
  postId: string | null;

  /** Provider id of the last inbound message: public replies answer this comment or tweet. */
  @Column({ name: 'reply_to_external_id', type: 'text', nullable: true })
  replyToExternalId: string | null;

  @Column({ type: 'text', default: 'new' })
  status: ConversationStatus;

  @Column({ type: 'text', default: 'normal' })
  priority: Priority;

  /** PRIORITY_RANK of priority, so the queue index sorts urgent first. */
  @Column({ name: 'priority_rank', type: 'smallint', default: 2 })
  priorityRank: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  flags: FlagSummary[];

  @Column({ name: 'suggested_switch', type: 'jsonb', nullable: true })
  suggestedSwitch: SuggestedSwitch | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee: UserEntity | null;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  /** Provider time of the oldest inbound message not yet answered; null when we have the last word. */
  @Column({ name: 'awaiting_since', type: 'timestamptz', nullable: true })
  awaitingSince: Date | null;

  @Column({ name: 'first_inbound_at', type: 'timestamptz', nullable: true })
  firstInboundAt: Date | null;

  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Column({ name: 'last_inbound_at', type: 'timestamptz', nullable: true })
  lastInboundAt: Date | null;

  @Column({ name: 'last_message_at', type: 'timestamptz' })
  lastMessageAt: Date;

  @Column({ name: 'last_message_preview', type: 'text', default: '' })
  lastMessagePreview: string;

  @Column({ name: 'sla_due_at', type: 'timestamptz', nullable: true })
  slaDueAt: Date | null;

  /** slaDueAt, or 'infinity' when there is none, so the queue index needs no NULLS LAST. */
  @Column({ name: 'sla_sort_at', type: 'timestamptz', default: () => "'infinity'" })
  slaSortAt: Date;

  /** When the running response deadline enters its last 20 % (near breach); null with no deadline. */
  @Column({ name: 'sla_near_at', type: 'timestamptz', nullable: true })
  slaNearAt: Date | null;

  /** Target for the resolution of the current open period. */
  @Column({ name: 'resolution_due_at', type: 'timestamptz', nullable: true })
  resolutionDueAt: Date | null;

  /** Response-time report facts, stored when they happen so reports never scan messages. */
  @Column({ name: 'first_response_due_at', type: 'timestamptz', nullable: true })
  firstResponseDueAt: Date | null;

  @Column({ name: 'first_response_seconds', type: 'integer', nullable: true })
  firstResponseSeconds: number | null;

  @Column({ name: 'first_response_business_seconds', type: 'integer', nullable: true })
  firstResponseBusinessSeconds: number | null;

  @Column({ name: 'first_response_breached', type: 'boolean', nullable: true })
  firstResponseBreached: boolean | null;

  /** Who answered first (null: answered from the provider's own inbox). */
  @Column({ name: 'first_response_by', type: 'uuid', nullable: true })
  firstResponseBy: string | null;

  /** Start of the current open period (creation or reopening): triage unions the messages since. */
  @Column({ name: 'cycle_started_at', type: 'timestamptz', default: () => 'now()' })
  cycleStartedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** Who closed it last: a second close at the same moment is told who was first. */
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  /** Newest crisis or safeguarding message (provider time): orders the first-contact lane. */
  @Column({ name: 'danger_since', type: 'timestamptz', nullable: true })
  dangerSince: Date | null;

  /** Unanswered crisis or safeguarding work closed with a reason: when, by whom, why (reports). */
  @Column({ name: 'closed_unanswered_at', type: 'timestamptz', nullable: true })
  closedUnansweredAt: Date | null;

  @Column({ name: 'closed_unanswered_by', type: 'uuid', nullable: true })
  closedUnansweredBy: string | null;

  @Column({ name: 'close_reason', type: 'text', nullable: true })
  closeReason: string | null;

  /** When it went to the advisors on call because nobody made first contact in time (once). */
  @Column({ name: 'first_contact_escalated_at', type: 'timestamptz', nullable: true })
  firstContactEscalatedAt: Date | null;

  /** When the current assignee got it (unanswered-after-assignment rule). */
  @Column({ name: 'assigned_at', type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  /** Who a rule last took it from for not answering: auto-assignment does not give it back to them. */
  @Column({ name: 'returned_from', type: 'uuid', nullable: true })
  returnedFrom: string | null;

  /** Language of the person's first message (`nl`, `en`), for agents' language skills; null: unknown. */
  @Column({ type: 'text', nullable: true })
  language: string | null;

  /** Waiting for the person (`pending`) since: the response clock is paused. */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  /** Wall-clock and business seconds spent paused, over the conversation's life (reports leave them out). */
  @Column({ name: 'paused_seconds', type: 'integer', default: 0 })
  pausedSeconds: number;

  @Column({ name: 'paused_business_seconds', type: 'integer', default: 0 })
  pausedBusinessSeconds: number;

  /** The waiting-for-the-person reminder went out (once per pending period). */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
