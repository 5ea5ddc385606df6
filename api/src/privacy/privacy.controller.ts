import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ErasureResult, RetentionRunResult, RetentionSettings } from '@webcare/shared';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { ErasureDto, ExportQueryDto, RetentionSettingsDto } from './dto/privacy.dto';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';

@ApiTags('privacy')
@ApiBearerAuth()
@Controller('api')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly retention: RetentionService,
  ) {}

  /** Everything held about the person and who accessed it (GDPR art. 15/20); `?format=pdf` for a document. */
  @Roles('supervisor', 'admin')
  @Get('contacts/:id/export')
  async export(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const format = query.format ?? 'json';
    const data = await this.privacy.export(actor, id, format);
    response.setHeader('Cache-Control', 'no-store');
    if (format === 'pdf') {
      response.setHeader('Content-Type', 'application/pdf');
      response.setHeader('Content-Disposition', `attachment; filename="gegevens-${id}.pdf"`);
      response.send(this.privacy.exportPdf(data));
      return;
    }
    response.setHeader('Content-Disposition', `inline; filename="gegevens-${id}.json"`);
    response.json(data);
  }

  @Roles('supervisor', 'admin')
  @Post('contacts/:id/erasure')
  @HttpCode(200)
  erase(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: ErasureDto,
  ): Promise<ErasureResult> {
    return this.privacy.erase(actor, id, body);
  }

  @Roles('supervisor', 'admin')
  @Get('settings/retention')
  retentionSettings(): Promise<RetentionSettings> {
    return this.retention.settings();
  }

  @Roles('admin')
  @Put('settings/retention')
  updateRetention(
    @CurrentActor() actor: Actor,
    @Body() body: RetentionSettingsDto,
  ): Promise<RetentionSettings> {
    return this.retention.update(actor, body);
  }

  @Roles('admin')
  @Post('retention/run')
  @HttpCode(200)
  runRetention(@CurrentActor() actor: Actor): Promise<RetentionRunResult> {
    return this.retention.run(actor);
  }
}
