import { Injectable } from '@nestjs/common';
import type { PresenceChoice, PresenceState } from '@webcare/shared';
import { DataSource } from 'typeorm';

/** A connection not refreshed for this long belongs to a replica that is gone. */
export const FRESH_SECONDS = 45;

export interface PresenceRow {
  userId: string;
  name: string;
  role: string;
  state: PresenceState;
  lastSeenAt: Date | null;
  languages: string[];
  channels: string[];
}

/** The SQL on `agent_presence` and `presence_connections` (and users' names and roles beside them). */
@Injectable()
export class PresenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  async connect(socketId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `WITH c AS (
         INSERT INTO presence_connections (socket_id, user_id, seen_at) VALUES ($1, $2, now())
         ON CONFLICT (socket_id) DO UPDATE SET seen_at = now())
       INSERT INTO agent_presence (user_id, last_seen_at) VALUES ($2, now())
       ON CONFLICT (user_id) DO UPDATE SET last_seen_at = now()`,
      [socketId, userId],
    );
  }

  async disconnect(socketId: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `WITH d AS (DELETE FROM presence_connections WHERE socket_id = $1)
       UPDATE agent_presence SET last_seen_at = now() WHERE user_id = $2`,
      [socketId, userId],
    );
  }

  /** This replica's sockets are still there; rows of replicas gone for long are cleared. */
  async refresh(socketIds: string[]): Promise<void> {
    await this.dataSource.query(
      `WITH fresh AS (
         UPDATE presence_connections SET seen_at = now() WHERE socket_id = ANY($1::text[]) RETURNING user_id),
       gone AS (DELETE FROM presence_connections WHERE seen_at < now() - interval '1 hour')
       UPDATE agent_presence SET last_seen_at = now() WHERE user_id IN (SELECT user_id FROM fresh)`,
      [socketIds],
    );
  }

  async setChoice(userId: string, choice: PresenceChoice): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO agent_presence (user_id, choice) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET choice = $2`,
      [userId, choice],
    );
  }

  async setSkills(userId: string, languages: string[], channels: string[]): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO agent_presence (user_id, languages, channels) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET languages = $2, channels = $3`,
      [userId, languages, channels],
    );
  }

  /** Everyone who works the queue or answers escalations, with their presence. */
  list(userId?: string): Promise<PresenceRow[]> {
    return this.dataSource.query(
      `SELECT u.id AS "userId", u.name, u.role,
              CASE WHEN NOT EXISTS (SELECT 1 FROM presence_connections pc
                                     WHERE pc.user_id = u.id AND pc.seen_at > now() - make_interval(secs => $1))
                   THEN 'offline'
                   WHEN p.choice = 'away' THEN 'away' ELSE 'online' END AS state,
              p.last_seen_at AS "lastSeenAt",
              COALESCE(p.languages, '{}') AS languages, COALESCE(p.channels, '{}') AS channels
         FROM users u LEFT JOIN agent_presence p ON p.user_id = u.id
        WHERE u.active AND u.role IN ('agent', 'advisor', 'supervisor') AND ($2::uuid IS NULL OR u.id = $2)
        ORDER BY u.role, u.name, u.id`,
      [FRESH_SECONDS, userId ?? null],
    );
  }

  /** Agents connected and available: who auto-assignment may give work. */
  async onlineAgents(): Promise<PresenceRow[]> {
    return (await this.list()).filter((row) => row.role === 'agent' && row.state === 'online');
  }

  /** Agents not connected for longer than `minutes` (and seen at some point). */
  async offlineLongerThan(minutes: number): Promise<string[]> {
    const rows: { userId: string }[] = await this.dataSource.query(
      `SELECT p.user_id AS "userId" FROM agent_presence p
        WHERE p.last_seen_at <= now() - make_interval(mins => $1)
          AND NOT EXISTS (SELECT 1 FROM presence_connections pc
                           WHERE pc.user_id = p.user_id AND pc.seen_at > now() - make_interval(secs => $2))`,
      [minutes, FRESH_SECONDS],
    );
    return rows.map((row) => row.userId);
  }
}
