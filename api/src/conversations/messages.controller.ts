import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MessageView } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { ConversationsWorkloadService } from './conversations-workload.service';
import { ReturnReplyDto } from './dto/approval.dto';

/** Four eyes on public replies: approve (sends it), return with a remark, or withdraw your own. */
@ApiTags('messages')
@ApiBearerAuth()
@Controller('api/messages')
export class MessagesController {
  constructor(private readonly workload: ConversationsWorkloadService) {}

  @Post(':id/approve')
  @HttpCode(200)
  approve(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<MessageView> {
    return this.workload.approve(actor, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  returnReply(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ReturnReplyDto,
  ): Promise<MessageView> {
    return this.workload.returnReply(actor, id, body.remark);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<MessageView> {
    return this.workload.withdraw(actor, id);
  }
}
