import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  BreachList,
  ClosedWithoutResponseReport,
  QueueHealth,
  ResponseTimeReport,
} from '@webcare/shared';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { BreachQueryDto, ExportQueryDto, ResponseTimeQueryDto } from './dto/report-query.dto';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('response-times')
  responseTimes(@Query() query: ResponseTimeQueryDto): Promise<ResponseTimeReport> {
    return this.reports.responseTimes(query);
  }

  @Get('response-times.csv')
  @ApiProduces('text/csv')
  async exportCsv(
    @CurrentActor() actor: Actor,
    @Query() query: ExportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const lines = this.reports.exportCsv(actor, query);
    // The first step checks the period and writes the access-log entry; a bad query still answers JSON.
    const header = await lines.next();
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="response-times.csv"');
    response.setHeader('Cache-Control', 'no-store');
    if (!header.done) response.write(header.value);
    for await (const chunk of lines) response.write(chunk);
    response.end();
  }

  @Get('queue-health')
  queueHealth(): Promise<QueueHealth> {
    return this.reports.queueHealth();
  }

  @Get('closed-without-response')
  closedWithoutResponse(@Query() query: ExportQueryDto): Promise<ClosedWithoutResponseReport> {
    return this.reports.closedWithoutResponse(query);
  }

  @Get('breaches')
  breaches(@Query() query: BreachQueryDto): Promise<BreachList> {
    return this.reports.breaches(query);
  }
}
