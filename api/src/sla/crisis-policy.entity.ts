import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The one row of the crisis policy (see CrisisPolicy); absent means the defaults. */
@Entity('crisis_policy')
export class CrisisPolicyEntity {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'PK_crisis_policy' })
  id: number;

  @Column({ name: 'call_back_due_s', type: 'integer' })
  callBackDueS: number;

  @Column({ name: 'retry_due_s', type: 'integer' })
  retryDueS: number;

  @Column({ name: 'max_failed_attempts', type: 'integer' })
  maxFailedAttempts: number;

  @Column({ name: 'first_contact_escalate_s', type: 'integer' })
  firstContactEscalateS: number;

  @Column({ name: 'on_call_team_id', type: 'uuid', nullable: true })
  onCallTeamId: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
