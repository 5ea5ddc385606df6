import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { RequiresSecondFactor } from '../auth/two-factor.decorators';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditCheckpoint, AuditCheckpointExport, AuditPage, AuditVerification } from '@webcare/shared';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { AuditAnchorService } from './audit-anchor.service';
import { AuditReaderService } from './audit-reader.service';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@RequiresSecondFactor()
@Controller('api/audit')
export class AuditController {
  constructor(
    private readonly reader: AuditReaderService,
    private readonly anchor: AuditAnchorService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditPage> {
    return this.reader.list(actor, query);
  }

  /** The filtered log as CSV for the privacy officer: Dutch Excel (BOM, `;`, local time), names, plain words. */
  @Get(['export', 'export.csv'])
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

  /** Signed checkpoints of the chain head kept outside the database, with the key to check them. */
  @Get('checkpoints')
  async checkpoints(@CurrentActor() actor: Actor): Promise<AuditCheckpointExport> {
    const result = await this.anchor.check();
    await this.audit.record({
      actor,
      action: 'audit.export',
      details: { checkpoints: result.checkpoints.length },
    });
    return result;
  }

  /** Checkpoints the chain head now (it also happens on a schedule). */
  @Post('checkpoints')
  @HttpCode(201)
  async checkpoint(@CurrentActor() actor: Actor): Promise<AuditCheckpoint | null> {
    await this.audit.record({ actor, action: 'audit.checkpoint' });
    return this.anchor.checkpoint();
  }

  @Get('verify')
  verify(@CurrentActor() actor: Actor): Promise<AuditVerification> {
    return this.reader.verify(actor);
  }
}
