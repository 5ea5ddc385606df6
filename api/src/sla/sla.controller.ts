import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SlaPolicySet } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { SlaPolicySetDto } from './dto/sla-policy-set.dto';
import { SlaService } from './sla.service';

@ApiTags('sla')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/sla/policies')
export class SlaController {
  constructor(private readonly sla: SlaService) {}

  @Get()
  get(): Promise<SlaPolicySet> {
    return this.sla.getSettings();
  }

  @Put()
  replace(@CurrentActor() actor: Actor, @Body() body: SlaPolicySetDto): Promise<SlaPolicySet> {
    return this.sla.replaceSettings(actor, body);
  }
}
