import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { EscalationPage, EscalationView } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { CreateEscalationDto, ListEscalationsQueryDto, RespondEscalationDto } from './dto/escalation.dto';
import { EscalationsService } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('api')
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Post('conversations/:id/escalations')
  @Roles('agent', 'supervisor', 'admin')
  create(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CreateEscalationDto,
  ): Promise<EscalationView> {
    return this.escalations.create(actor, id, body);
  }

  @Get('escalations')
  list(@CurrentActor() actor: Actor, @Query() query: ListEscalationsQueryDto): Promise<EscalationPage> {
    return this.escalations.list(actor, query);
  }

  @Get('escalations/:id')
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EscalationView> {
    return this.escalations.get(actor, id);
  }

  @Post('escalations/:id/accept')
  @HttpCode(200)
  accept(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EscalationView> {
    return this.escalations.accept(actor, id);
  }

  @Post('escalations/:id/respond')
  @HttpCode(200)
  respond(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: RespondEscalationDto,
  ): Promise<EscalationView> {
    return this.escalations.respond(actor, id, body.text);
  }

  @Post('escalations/:id/return')
  @HttpCode(200)
  return(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EscalationView> {
    return this.escalations.return(actor, id);
  }

  @Post('escalations/:id/close')
  @HttpCode(200)
  close(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<EscalationView> {
    return this.escalations.close(actor, id);
  }
}
