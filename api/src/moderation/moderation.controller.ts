import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { MessageView } from '@webcare/shared';
import { IsOptional, IsUUID } from 'class-validator';
import { type Actor, CurrentActor } from '../common/current-user';
import { ModerationService } from './moderation.service';

export class HideCommentDto {
  /** The comment to hide; default the person's latest one in this thread. */
  @IsOptional()
  @IsUUID()
  messageId?: string;
}

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/conversations')
export class ModerationController {
  constructor(private readonly moderation: ModerationService) {}

  @Post(':id/hide')
  @HttpCode(200)
  hide(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: HideCommentDto,
  ): Promise<MessageView> {
    return this.moderation.hideComment(actor, id, body.messageId);
  }

  @Post(':id/messages/:messageId/reveal')
  @HttpCode(204)
  reveal(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
  ): Promise<void> {
    return this.moderation.recordReveal(actor, id, messageId);
  }
}
