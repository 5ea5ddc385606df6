import { Controller, Get, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../common/current-user';
import { MediaService } from './media.service';

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/conversations')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /**
   * The bytes of one attachment of a message from the person, for signed-in users who may read it;
   * `?size=thumb`: a preview of an image, at most 320 px (WebP).
   */
  @Get(':id/messages/:messageId/media/:index')
  async get(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('messageId') messageId: string,
    @Param('index', ParseIntPipe) index: number,
    @Query('size') size: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const media =
      size === 'thumb'
        ? await this.media.thumbnail(actor, id, messageId, index)
        : await this.media.media(actor, id, messageId, index);
    res.set({
      'Content-Type': media.contentType,
      'Content-Length': String(media.bytes.length),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    });
    res.end(media.bytes);
  }
}
