import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RequiresSecondFactor } from '../auth/two-factor.decorators';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditPage, AuditVerification } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { AuditReaderService } from './audit-reader.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@RequiresSecondFactor()
@Controller('api/audit')
export class AuditController {
  constructor(private readonly reader: AuditReaderService) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.reader.list(actor, query);
  }

  /** The filtered log as CSV for the privacy officer (names, plain words, local time). */
  @Get('export')
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: AuditQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const csv = await this.reader.exportCsv(actor, query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="toegangslog.csv"');
    response.setHeader('Cache-Control', 'no-store');
    response.send(csv);
  }

  @Get('verify')
  verify(@CurrentActor() actor: Actor): Promise<AuditVerification> {
    return this.reader.verify(actor);
  }
}
