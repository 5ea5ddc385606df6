import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One open console connection (socket), on any replica. Each replica refreshes `seen_at` of its own
 * sockets; a row not refreshed for a while belongs to a replica that died and no longer counts.
 */
@Entity('presence_connections')
@Index('ix_presence_connections_user', ['userId', 'seenAt'])
export class PresenceConnectionEntity {
  @PrimaryColumn({ name: 'socket_id', type: 'text' })
  socketId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'seen_at', type: 'timestamptz' })
  seenAt: Date;
}
