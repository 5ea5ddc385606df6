import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuditPage, AuditVerification } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { AuditReaderService } from './audit-reader.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/audit')
export class AuditController {
  constructor(private readonly reader: AuditReaderService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.reader.list(actor, query);
  }

  /** The access log for Dutch Excel (UTF-8 with BOM, `;`, Europe/Amsterdam time, names). */
  @Get('export.csv')
  @ApiProduces('text/csv')
  async exportCsv(
    @CurrentActor() actor: Actor,
    @Query() query: AuditQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const lines = this.reader.exportCsv(actor, query);
    // The first step checks the filters and logs the export; a bad query still answers JSON.
    const header = await lines.next();
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="access-log.csv"');
    response.setHeader('Cache-Control', 'no-store');
    if (!header.done) response.write(header.value);
    for await (const chunk of lines) response.write(chunk);
    response.end();
  }

  @Get('verify')
  verify(@CurrentActor() actor: Actor): Promise<AuditVerification> {
    return this.reader.verify(actor);
  }
}
