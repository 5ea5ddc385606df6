import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One row: how long each category of data is kept after a conversation is resolved (null: kept). */
@Entity('retention_settings')
export class RetentionSettingsEntity {
  @PrimaryColumn({ type: 'smallint', default: 1 })
  id: number;

  @Column({ name: 'message_content_days', type: 'integer', nullable: true })
  messageContentDays: number | null;

  @Column({ name: 'media_days', type: 'integer', nullable: true })
  mediaDays: number | null;

  @Column({ name: 'contact_details_days', type: 'integer', nullable: true })
  contactDetailsDays: number | null;

  @Column({ name: 'notes_days', type: 'integer', nullable: true })
  notesDays: number | null;

  @Column({ name: 'audit_log_days', type: 'integer' })
  auditLogDays: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
