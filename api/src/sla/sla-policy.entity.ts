import type { Priority } from '@webcare/shared';
import { Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** Response-time targets per priority and channel (`*` = every channel without its own row), in seconds. */
@Entity('sla_policies')
@Unique('uq_sla_policies_priority_channel', ['priority', 'channel'])
export class SlaPolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  priority: Priority;

  /** A channel, or `*` for the priority's default. */
  @Column({ type: 'text', default: '*' })
  channel: string;

  @Column({ name: 'first_response_s', type: 'integer' })
  firstResponseS: number;

  @Column({ name: 'next_response_s', type: 'integer' })
  nextResponseS: number;

  @Column({ name: 'resolution_s', type: 'integer' })
  resolutionS: number;

  @Column({ name: 'escalation_pickup_s', type: 'integer' })
  escalationPickupS: number;

  /** Count in the team's opening hours; false counts around the clock. */
  @Column({ name: 'business_hours', type: 'boolean', default: true })
  businessHours: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
