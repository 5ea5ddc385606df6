import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type {
  BulkStatusResult,
  ConversationDetail,
  ConversationPage,
  ConversationSummary,
  MessageView,
} from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { ConversationsService } from './conversations.service';
import {
  AssignDto,
  BulkStatusDto,
  ListConversationsQueryDto,
  NoteDto,
  ReplyDto,
  StatusDto,
} from './dto/conversation.dto';

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/conversations')
export class ConversationsController {
  constructor(private readonly conversations: ConversationsService) {}

  /** Declared before the `:id` routes so `bulk` is not taken for an id. */
  @Post('bulk/status')
  @HttpCode(200)
  bulkStatus(@CurrentActor() actor: Actor, @Body() body: BulkStatusDto): Promise<BulkStatusResult> {
    return this.conversations.setStatusOfMany(actor, body.ids, body.status, body);
  }

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListConversationsQueryDto): Promise<ConversationPage> {
    const { status, ...rest } = query;
    return this.conversations.list(actor, { ...rest, statuses: status });
  }

  @Get(':id')
  detail(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ConversationDetail> {
    return this.conversations.detail(actor, id);
  }

  @Post(':id/assign')
  @HttpCode(200)
  assign(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: AssignDto,
  ): Promise<ConversationSummary> {
    return this.conversations.assign(actor, id, body.userId);
  }

  @Post(':id/unassign')
  @HttpCode(200)
  unassign(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ConversationSummary> {
    return this.conversations.unassign(actor, id);
  }

  /** 201 with the queued reply; 202 when a public reply waits for another person's approval. */
  @Post(':id/replies')
  async reply(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ReplyDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MessageView> {
    const message = await this.conversations.reply(actor, id, body.text, body.visibility);
    if (message.status === 'awaiting_approval') response.status(202);
    return message;
  }

  @Post(':id/notes')
  note(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: NoteDto): Promise<MessageView> {
    return this.conversations.note(actor, id, body.text);
  }

  @Post(':id/status')
  @HttpCode(200)
  status(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: StatusDto,
  ): Promise<ConversationSummary> {
    return this.conversations.setStatus(actor, id, body.status, body);
  }
}
