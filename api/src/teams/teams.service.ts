import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TeamKind, TeamSummary } from '@webcare/shared';
import { Repository } from 'typeorm';
import { TeamEntity } from './team.entity';

export function toTeamSummary(team: TeamEntity): TeamSummary {
  return { id: team.id, name: team.name, kind: team.kind };
}

@Injectable()
export class TeamsService {
  constructor(@InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>) {}

  async list(): Promise<TeamSummary[]> {
    return (await this.teams.find({ order: { name: 'ASC' } })).map(toTeamSummary);
  }

  findById(id: string): Promise<TeamEntity | null> {
    return this.teams.findOne({ where: { id } });
  }

  async ensure(name: string, kind: TeamKind): Promise<TeamEntity> {
    await this.teams.createQueryBuilder().insert().values({ name, kind }).orIgnore().execute();
    return this.teams.findOneOrFail({ where: { name } });
  }

  async addMember(teamId: string, userId: string): Promise<void> {
    await this.teams.query(
      'INSERT INTO team_members (team_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [teamId, userId],
    );
  }
}
