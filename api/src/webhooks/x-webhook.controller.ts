import { BadRequestException, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { verifyXSignature, xCrcResponse } from '../channels/signature';
import { parseXDelivery } from '../channels/x/x-parser';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { IngestService } from '../ingest/ingest.service';
import { parseJsonDelivery, rawBodyOf } from './webhook-body';
import { WebhookSignatureException } from './webhook.exception';

/** X Account Activity: DMs and mentions. */
@ApiExcludeController()
@Public()
@Controller('webhooks/x')
export class XWebhookController {
  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  /** Challenge-response check: X proves we hold the consumer secret. */
  @Get()
  crc(@Query('crc_token') crcToken: unknown): { response_token: string } {
    if (typeof crcToken !== 'string' || crcToken.length === 0)
      throw new BadRequestException('crc_token is required');
    return xCrcResponse(crcToken, this.config.xConsumerSecret);
  }

  @Post()
  @HttpCode(200)
  async receive(@Req() request: Request): Promise<{ ok: true }> {
    const raw = rawBodyOf(request);
    if (!verifyXSignature(raw, request.header('x-twitter-webhooks-signature'), this.config.xConsumerSecret)) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(raw, parseXDelivery);
    await this.ingest.accept('x', raw, request.header('content-type') ?? null, events);
    return { ok: true };
  }
}
