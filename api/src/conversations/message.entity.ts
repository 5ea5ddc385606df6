import type {
  ApprovalState,
  AttachmentView,
  DeliveryStatus,
  MessageDirection,
  Priority,
  Provider,
  SuggestedSwitch,
  SystemNote,
  TemplateSend,
  TriageFlag,
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
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { ConversationEntity } from './conversation.entity';

@Entity('messages')
@Index('ix_messages_conversation', ['conversationId', 'sentAt'])
// Topic reports over a period: inbound messages that have topics, by provider time.
@Index('ix_messages_topics_sent', ['sentAt'], { where: "direction = 'in' AND topics <> '{}'" })
@Index('ix_messages_awaiting_approval', ['approvalState'], { where: "approval_state = 'awaiting'" })
@Index('uq_messages_provider_id', ['provider', 'providerMessageId'], {
  unique: true,
  where: 'provider_message_id IS NOT NULL',
})
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation: ConversationEntity;

  @Column({ type: 'text' })
  direction: MessageDirection;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: AttachmentView[];

  @Column({ type: 'text' })
  visibility: Visibility;

  @Column({ type: 'text', nullable: true })
  provider: Provider | null;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'author_id' })
  author: UserEntity | null;

  /** Provider timestamp for inbound messages; our time for outbound ones and notes. */
  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'delivery_status', type: 'text' })
  deliveryStatus: DeliveryStatus;

  @Column({ name: 'delivery_error', type: 'text', nullable: true })
  deliveryError: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  flags: TriageFlag[];

  /** Topics of an inbound message (codes from the topic list), for topic reports and spikes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  /** Triage of an inbound message: its own priority and suggestion; the conversation takes the union. */
  @Column({ type: 'text', nullable: true })
  priority: Priority | null;

  @Column({ name: 'suggested_switch', type: 'jsonb', nullable: true })
  suggestedSwitch: SuggestedSwitch | null;

  /** Public comment hidden from everyone but its author and the page. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  /** Public comment removed at the provider by its author or the page. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;

  /** A note the inbox wrote itself: its code and parameters (`text` holds the Dutch wording). */
  @Column({ name: 'note_code', type: 'text', nullable: true })
  noteCode: SystemNote['code'] | null;

  @Column({ name: 'note_params', type: 'jsonb', nullable: true })
  noteParams: SystemNote['params'] | null;

  /** Sent as an approved WhatsApp template: its name, language and the variables filled in. */
  @Column({ type: 'jsonb', nullable: true })
  template: TemplateSend | null;

  /** Four eyes: a public reply that waits for (or got) another person's approval; null: none needed. */
  @Column({ name: 'approval_state', type: 'text', nullable: true })
  approvalState: ApprovalState | null;

  @Column({ name: 'approval_decided_by', type: 'uuid', nullable: true })
  approvalDecidedBy: string | null;

  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'approval_decided_by' })
  approvalDecider: UserEntity | null;

  @Column({ name: 'approval_decided_at', type: 'timestamptz', nullable: true })
  approvalDecidedAt: Date | null;

  @Column({ name: 'approval_remark', type: 'text', nullable: true })
  approvalRemark: string | null;

  /** Our own receive time (inbound) or creation time. */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
