import type { PresenceChoice } from '@webcare/shared';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each user's own choice (available or away), skills, and when a console of theirs was last connected. */
@Entity('agent_presence')
export class AgentPresenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text', default: 'available' })
  choice: PresenceChoice;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  /** Empty: every language / channel. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  channels: string[];
}
