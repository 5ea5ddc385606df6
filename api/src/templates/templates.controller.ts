import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { MessageTemplateView, MessageView, TemplateSend } from '@webcare/shared';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { type Actor, CurrentActor } from '../common/current-user';
import { TemplatesService } from './templates.service';

export class SendTemplateDto implements TemplateSend {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  name: string;

  @ApiProperty({ example: 'nl' })
  @IsString()
  @Matches(/^[a-z]{2,3}(_[A-Z]{2})?$/, { message: 'language must be a code such as nl or en_US' })
  language: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1024, { each: true })
  variables: string[];
}

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/conversations')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get(':id/templates')
  list(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<{ items: MessageTemplateView[] }> {
    return this.templates.list(actor, id);
  }

  @Post(':id/templates')
  send(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: SendTemplateDto,
  ): Promise<MessageView> {
    return this.templates.send(actor, id, body);
  }
}
