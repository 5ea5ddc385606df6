import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ERROR_CODES, type HealthResponse } from '@webcare/shared';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { AppException } from '../common/app.exception';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
    private readonly config: AppConfig,
  ) {}

  @Get('health')
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      return { status: 'ok' };
    } catch {
      response.status(503);
      return { status: 'unavailable' };
    }
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText(@Req() request: Request): Promise<string> {
    const token = this.config.metricsToken;
    if (token !== null && !bearerMatches(request.header('authorization'), token)) {
      throw new AppException(ERROR_CODES.unauthorized, 401, 'Metrics need the METRICS_TOKEN as bearer token');
    }
    return this.metrics.registry.metrics();
  }
}

/** `Authorization: Bearer <token>`, compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7).trim() : '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
