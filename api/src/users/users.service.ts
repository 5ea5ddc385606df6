import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Role, UserSummary } from '@webcare/shared';
import * as bcrypt from 'bcryptjs';
import { Repository } from 'typeorm';
import { UserEntity } from './user.entity';

export function toUserSummary(user: UserEntity): UserSummary {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

@Injectable()
export class UsersService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  /** The user for these credentials, or null; the same time is spent whether the e-mail exists or not. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase(), active: true } });
    const hash = user?.passwordHash ?? '$2b$10$invalidinvalidinvalidinvalidinvalidinvalidinvalidinva';
    const ok = await bcrypt.compare(password, hash);
    return ok && user ? user : null;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { teams: true } });
  }

  async list(): Promise<UserSummary[]> {
    const users = await this.users.find({ where: { active: true }, order: { name: 'ASC' } });
    return users.map(toUserSummary);
  }

  async teamIdsOf(userId: string): Promise<string[]> {
    const rows: { team_id: string }[] = await this.users.query(
      'SELECT team_id FROM team_members WHERE user_id = $1',
      [userId],
    );
    return rows.map((row) => row.team_id);
  }

  /** Team membership is kept with the user (team_members): advisors see what is escalated to their teams. */
  async joinTeam(userId: string, teamId: string): Promise<void> {
    await this.users.query(
      'INSERT INTO team_members (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [teamId, userId],
    );
  }

  async leaveTeam(userId: string, teamId: string): Promise<void> {
    await this.users.query('DELETE FROM team_members WHERE team_id = $1 AND user_id = $2', [teamId, userId]);
  }

  /** Creates the user if the e-mail is new; returns the stored one. Used by the demo seed and admin. */
  async ensure(input: { email: string; name: string; role: Role; password: string }): Promise<UserEntity> {
    const email = input.email.toLowerCase();
    const existing = await this.users.findOne({ where: { email } });
    if (existing) return existing;
    const passwordHash = await bcrypt.hash(input.password, 10);
    await this.users
      .createQueryBuilder()
      .insert()
      .values({ email, name: input.name, role: input.role, passwordHash })
      .orIgnore()
      .execute();
    return this.users.findOneOrFail({ where: { email } });
  }
}
