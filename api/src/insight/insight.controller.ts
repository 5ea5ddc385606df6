import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  BulkReplyResult,
  EvaluationReport,
  GoalList,
  SpikeList,
  SpikeView,
  TopicReport,
  TopicView,
} from '@webcare/shared';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../common/current-user';
import { Roles } from '../common/roles.decorator';
import { BulkReplyDto, EvaluationQueryDto, GoalsDto, TopicDto, TopicReportQueryDto } from './dto/insight.dto';
import { evaluationPdf } from './evaluation-pdf';
import { GoalsService } from './goals.service';
import { SpikesService } from './spikes.service';
import { TopicsService } from './topics.service';

@ApiTags('insight')
@ApiBearerAuth()
@Roles('agent', 'supervisor', 'admin')
@Controller('api/spikes')
export class SpikesController {
  constructor(private readonly spikes: SpikesService) {}

  @Get()
  list(): Promise<SpikeList> {
    return this.spikes.list();
  }

  @Get(':id')
  view(@Param('id') id: string): Promise<SpikeView> {
    return this.spikes.view(id);
  }

  @Post(':id/bulk-reply')
  @HttpCode(200)
  bulkReply(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: BulkReplyDto,
  ): Promise<BulkReplyResult> {
    return this.spikes.bulkReply(actor, id, body.text, body.count);
  }
}

@ApiTags('insight')
@ApiBearerAuth()
@Controller('api/topics')
export class TopicsController {
  constructor(private readonly topics: TopicsService) {}

  @Get()
  list(): Promise<{ items: TopicView[] }> {
    return this.topics.list();
  }

  @Post()
  @Roles('supervisor', 'admin')
  save(@CurrentActor() actor: Actor, @Body() body: TopicDto): Promise<TopicView> {
    return this.topics.save(actor, body);
  }
}

@ApiTags('insight')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/goals')
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get()
  list(): Promise<GoalList> {
    return this.goals.list();
  }

  @Put()
  replace(@CurrentActor() actor: Actor, @Body() body: GoalsDto): Promise<GoalList> {
    return this.goals.replace(actor, body.items);
  }
}

@ApiTags('reports')
@ApiBearerAuth()
@Roles('supervisor', 'admin')
@Controller('api/reports')
export class InsightReportsController {
  constructor(
    private readonly topics: TopicsService,
    private readonly goals: GoalsService,
  ) {}

  @Get('topics')
  topicReport(@Query() query: TopicReportQueryDto): Promise<TopicReport> {
    return this.topics.report(query, query.lang);
  }

  @Get('topics.csv')
  @ApiProduces('text/csv')
  async topicCsv(
    @CurrentActor() actor: Actor,
    @Query() query: TopicReportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const csv = await this.topics.csv(actor, query, query.lang);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="onderwerpen.csv"');
    response.setHeader('Cache-Control', 'no-store');
    response.send(csv);
  }

  @Get('evaluation')
  @ApiProduces('application/json', 'application/pdf')
  async evaluation(
    @CurrentActor() actor: Actor,
    @Query() query: EvaluationQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvaluationReport | StreamableFile> {
    const report = await this.goals.evaluate(query, query.lang);
    if (query.format !== 'pdf') return report;
    const pdf = await evaluationPdf(report);
    await this.goals.recordPrint(actor, query);
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${report.language === 'nl' ? 'evaluatie' : 'evaluation'}-${report.from.slice(0, 10)}.pdf"`,
    );
    response.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(pdf);
  }
}
