import { Body, Controller, Get, Headers, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AgentPresence, WorkloadSettings } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import {
  ApprovalSettingsDto,
  AssignmentSettingsDto,
  PresenceDto,
  RuleSettingsDto,
  SkillsDto,
} from './dto/workload.dto';
import { languageOf } from './workload-settings.service';
import { WorkloadService } from './workload.service';

@ApiTags('workload')
@ApiBearerAuth()
@Controller('api')
export class WorkloadController {
  constructor(private readonly workload: WorkloadService) {}

  @Get('settings/workload')
  @Roles('supervisor', 'admin')
  settings(): Promise<WorkloadSettings> {
    return this.workload.getSettings();
  }

  @Put('settings/assignment')
  @Roles('supervisor', 'admin')
  assignment(
    @CurrentActor() actor: Actor,
    @Body() body: AssignmentSettingsDto,
    @Headers('accept-language') language?: string,
  ): Promise<WorkloadSettings> {
    return this.workload.setAssignment(actor, body, languageOf(language));
  }

  @Put('settings/rules')
  @Roles('supervisor', 'admin')
  rules(
    @CurrentActor() actor: Actor,
    @Body() body: RuleSettingsDto,
    @Headers('accept-language') language?: string,
  ): Promise<WorkloadSettings> {
    return this.workload.setRules(actor, body, languageOf(language));
  }

  @Put('settings/approval')
  @Roles('supervisor', 'admin')
  approval(
    @CurrentActor() actor: Actor,
    @Body() body: ApprovalSettingsDto,
    @Headers('accept-language') language?: string,
  ): Promise<WorkloadSettings> {
    return this.workload.setApproval(actor, body, languageOf(language));
  }

  /** Everyone working the queue: online, away or offline, and how many open conversations each has. */
  @Get('presence')
  presence(): Promise<AgentPresence[]> {
    return this.workload.list();
  }

  /** The current user's own presence: available (online) or away. */
  @Put('presence')
  setPresence(@CurrentActor() actor: Actor, @Body() body: PresenceDto): Promise<AgentPresence> {
    return this.workload.setOwnPresence(actor, body.state);
  }

  @Put('presence/:userId/skills')
  @Roles('supervisor', 'admin')
  skills(
    @CurrentActor() actor: Actor,
    @Param('userId') userId: string,
    @Body() body: SkillsDto,
    @Headers('accept-language') language?: string,
  ): Promise<AgentPresence> {
    return this.workload.setSkills(actor, userId, body, languageOf(language));
  }
}
