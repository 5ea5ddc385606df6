import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SavedReply, SavedReplyPage, SavedReplyVariables } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { SavedReplyDto } from './dto/saved-reply.dto';
import { SavedRepliesService } from './saved-replies.service';

@ApiTags('saved-replies')
@ApiBearerAuth()
@Controller('api/saved-replies')
export class SavedRepliesController {
  constructor(private readonly savedReplies: SavedRepliesService) {}

  /** The values the console fills in: `{organisatie}` (the person's `{naam}` comes with the conversation). */
  @Get('variables')
  variables(): SavedReplyVariables {
    return this.savedReplies.variables();
  }

  @Get()
  async list(@CurrentActor() actor: Actor): Promise<SavedReplyPage> {
    return { items: await this.savedReplies.list(actor) };
  }

  @Post()
  @Roles('supervisor', 'admin')
  create(@CurrentActor() actor: Actor, @Body() body: SavedReplyDto): Promise<SavedReply> {
    return this.savedReplies.create(actor, body);
  }

  @Put(':id')
  @Roles('supervisor', 'admin')
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SavedReplyDto,
  ): Promise<SavedReply> {
    return this.savedReplies.update(actor, id, body);
  }

  @Delete(':id')
  @Roles('supervisor', 'admin')
  @HttpCode(204)
  remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    return this.savedReplies.remove(actor, id);
  }
}
