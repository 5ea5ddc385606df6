import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type CallBackStatus = 'open' | 'done' | 'cancelled';
export type CallBackOutcome = 'reached' | 'not_reached' | 'retry';

/** "We call you back": who, which number, why, by when, and how it went. */
@Entity('call_back_tasks')
@Index('ix_call_back_tasks_open', ['conversationId', 'dueAt'], { where: "status = 'open'" })
export class CallBackTaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'conversation_id', type: 'uuid' })
  conversationId: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  /** Number to call; null until the person gives one. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', default: 'open' })
  status: CallBackStatus;

  @Column({ type: 'text', nullable: true })
  outcome: CallBackOutcome | null;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
