import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CallBackPage, CallBackView } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { CallBacksService } from './call-backs.service';
import { CallBackOutcomeDto, CreateCallBackDto, ListCallBacksQueryDto } from './dto/call-back.dto';

@ApiTags('call-backs')
@ApiBearerAuth()
@Controller('api')
export class CallBacksController {
  constructor(private readonly callBacks: CallBacksService) {}

  @Post('conversations/:id/call-backs')
  create(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CreateCallBackDto,
  ): Promise<CallBackView> {
    return this.callBacks.create({ conversationId: id, ...body, actor });
  }

  @Get('call-backs')
  list(@CurrentActor() actor: Actor, @Query() query: ListCallBacksQueryDto): Promise<CallBackPage> {
    return this.callBacks.list(actor, query);
  }

  @Post('call-backs/:id/outcome')
  @HttpCode(200)
  outcome(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: CallBackOutcomeDto,
  ): Promise<CallBackView> {
    return this.callBacks.recordOutcome(actor, id, body);
  }
}
