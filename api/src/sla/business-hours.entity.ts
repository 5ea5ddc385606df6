import type { HolidayRegion, OpeningPeriod, Weekday } from '@webcare/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Opening hours of one team, or of the organisation (`team_id` null) for teams without their own. */
@Entity('business_hours')
@Index('ux_business_hours_team', ['teamId'], { unique: true })
export class BusinessHoursEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'time_zone', type: 'text', default: 'Europe/Amsterdam' })
  timeZone: string;

  @Column({ name: 'always_open', type: 'boolean', default: false })
  alwaysOpen: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  weekly: Partial<Record<Weekday, OpeningPeriod[]>>;

  @Column({ type: 'jsonb', default: () => `'["NL"]'` })
  holidays: HolidayRegion[];

  @Column({ name: 'closed_dates', type: 'jsonb', default: () => "'[]'" })
  closedDates: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
