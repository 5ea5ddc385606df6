import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '../common/current-user';
import { SwitchDto } from './dto/switch.dto';
import { SwitchesService, type SwitchResult } from './switches.service';

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/conversations')
export class SwitchesController {
  constructor(private readonly switches: SwitchesService) {}

  /** Sends the switch template, records the switch, and for call_back creates a call-back task. */
  @Post(':id/switch')
  switch(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SwitchDto,
  ): Promise<SwitchResult> {
    return this.switches.switch(actor, id, body.kind);
  }
}
