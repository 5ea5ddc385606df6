import type { ApprovalPolicy, AssignmentMode } from '@webcare/shared';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The organisation's workload settings: one row (`id = 'organisation'`). */
@Entity('workload_settings')
export class WorkloadSettingsEntity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'assignment_mode', type: 'text', default: 'manual' })
  assignmentMode: AssignmentMode;

  @Column({ name: 'max_open_per_agent', type: 'integer', default: 8 })
  maxOpenPerAgent: number;

  @Column({ name: 'reassign_after_offline_minutes', type: 'integer', default: 10 })
  reassignAfterOfflineMinutes: number;

  @Column({ name: 'unanswered_after_assignment_minutes', type: 'integer', nullable: true })
  unansweredAfterAssignmentMinutes: number | null;

  @Column({ name: 'unanswered_return_team_id', type: 'uuid', nullable: true })
  unansweredReturnTeamId: string | null;

  @Column({ name: 'pending_reminder_days', type: 'integer', nullable: true })
  pendingReminderDays: number | null;

  @Column({ name: 'pending_resolve_days', type: 'integer', nullable: true })
  pendingResolveDays: number | null;

  @Column({ name: 'reminder_text', type: 'text', nullable: true })
  reminderText: string | null;

  @Column({ name: 'pending_on_reply', type: 'boolean', default: false })
  pendingOnReply: boolean;

  @Column({ name: 'approval_public_replies', type: 'text', default: 'never' })
  approvalPublicReplies: ApprovalPolicy;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
