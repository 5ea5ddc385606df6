import type { EscalationMode, EscalationStatus, Priority } from '@webcare/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ConversationEntity } from '../conversations/conversation.entity';
import { TeamEntity } from '../teams/team.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A question from webcare to a team of care advisors about one conversation: consult (the advisor
 * advises, the agent answers) or handover (the advisor takes the contact over until it is returned).
 */
@Entity('escalations')
@Index('ix_escalations_team_queue', ['teamId', 'status', 'dueAt'])
@Index('ix_escalations_conversation', ['conversationId', 'createdAt'])
@Index('ix_escalations_requested_by', ['requestedById', 'status'])
export class EscalationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation: ConversationEntity;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  @ManyToOne(() => TeamEntity)
  @JoinColumn({ name: 'team_id' })
  team: TeamEntity;

  @Column({ type: 'text' })
  mode: EscalationMode;

  @Column({ type: 'text', default: 'open' })
  status: EscalationStatus;

  @Column({ type: 'text' })
  reason: string;

  /** Priority of the conversation when it was escalated: it set the pickup deadline. */
  @Column({ type: 'text' })
  priority: Priority;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requested_by' })
  requestedBy: UserEntity | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne(() => UserEntity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_by' })
  acceptedBy: UserEntity | null;

  /** The advisor's answer; also stored as an internal note in the thread. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  /** Pickup deadline: from the priority policy at creation. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
