import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TeamSummary } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CreateTeamDto, TeamMemberDto } from './dto/team.dto';
import { TeamsService } from './teams.service';

@ApiTags('teams')
@ApiBearerAuth()
@Controller('api/teams')
export class TeamsController {
  constructor(private readonly teamsService: TeamsService) {}

  @Get()
  list(): Promise<TeamSummary[]> {
    return this.teamsService.list();
  }

  @Post()
  @Roles('admin')
  create(@CurrentActor() actor: Actor, @Body() body: CreateTeamDto): Promise<TeamSummary> {
    return this.teamsService.create(actor, body);
  }

  @Post(':id/members')
  @Roles('admin')
  @HttpCode(204)
  addMember(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: TeamMemberDto,
  ): Promise<void> {
    return this.teamsService.addMemberBy(actor, id, body.userId);
  }

  @Delete(':id/members/:userId')
  @Roles('admin')
  @HttpCode(204)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('userId') userId: string,
  ): Promise<void> {
    return this.teamsService.removeMember(actor, id, userId);
  }
}
