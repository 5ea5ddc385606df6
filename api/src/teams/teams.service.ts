import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { TeamKind, TeamSummary } from '@webcare/shared';
import { Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/current-user';
import { UUID } from '../common/uuid';
import { queryRows } from '../database/sql';
import { DomainEventBus } from '../events/domain-event-bus';
import { UsersService } from '../users/users.service';
import { TeamEntity } from './team.entity';
import { TeamMemberNotFoundException, TeamNameTakenException, TeamNotFoundException } from './team.exception';

export function toTeamSummary(team: TeamEntity): TeamSummary {
  return { id: team.id, name: team.name, kind: team.kind };
}

@Injectable()
export class TeamsService {
  constructor(
    @InjectRepository(TeamEntity) private readonly teams: Repository<TeamEntity>,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

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

  addMember(teamId: string, userId: string): Promise<void> {
    return this.users.joinTeam(userId, teamId);
  }

  /** Admin: a new region or expertise team. */
  async create(actor: Actor, input: { name: string; kind: TeamKind }): Promise<TeamSummary> {
    const rows = await queryRows<{ id: string }>(
      this.teams.manager,
      'INSERT INTO teams (name, kind) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id',
      [input.name, input.kind],
    );
    if (!rows[0]) throw new TeamNameTakenException();
    await this.audit.record({ actor, action: 'team.create', details: { teamId: rows[0].id } });
    return toTeamSummary(await this.teams.findOneOrFail({ where: { id: rows[0].id } }));
  }

  /** Admin: the user joins the team (advisors then see what is escalated to it, live). */
  async addMemberBy(actor: Actor, teamId: string, userId: string): Promise<void> {
    await this.assertTeam(teamId);
    if (!UUID.test(userId) || !(await this.users.findById(userId))) throw new TeamMemberNotFoundException();
    await this.addMember(teamId, userId);
    await this.audit.record({ actor, action: 'team.member_add', details: { teamId, userId } });
    await this.events.emit('team.membership.changed', { userId, teamId, joined: true });
  }

  async removeMember(actor: Actor, teamId: string, userId: string): Promise<void> {
    await this.assertTeam(teamId);
    if (!UUID.test(userId)) throw new TeamMemberNotFoundException();
    await this.users.leaveTeam(userId, teamId);
    await this.audit.record({ actor, action: 'team.member_remove', details: { teamId, userId } });
    await this.events.emit('team.membership.changed', { userId, teamId, joined: false });
  }

  private async assertTeam(teamId: string): Promise<void> {
    if (!UUID.test(teamId) || !(await this.findById(teamId))) throw new TeamNotFoundException();
  }
}
