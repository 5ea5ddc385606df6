import { BadRequestException, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { isXCrcToken, verifyXSignature, xCrcResponse } from '../channels/signature';
import { parseXDelivery } from '../channels/x/x-parser';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { IngestService } from '../ingest/ingest.service';
import { parseJsonDelivery, rawBodyOf } from './webhook-body';
import { WebhookSignatureException } from './webhook.exception';

/** How long an answered crc_token is refused as a delivery body, and how many are remembered. */
const ANSWERED_TOKEN_TTL_MS = 60 * 60 * 1000;
const ANSWERED_TOKEN_LIMIT = 1000;

/** X Account Activity: DMs and mentions. */
@ApiExcludeController()
@Public()
@Controller('webhooks/x')
export class XWebhookController {
  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  /** Tokens answered recently, with when: a delivery body equal to one is a replayed CRC answer. */
  private readonly answeredTokens = new Map<string, number>();

  /** Challenge-response check: X proves we hold the consumer secret. */
  @Get()
  crc(@Query('crc_token') crcToken: unknown): { response_token: string } {
    if (crcToken === undefined || crcToken === '') throw new BadRequestException('crc_token is required');
    if (!isXCrcToken(crcToken)) {
      throw new BadRequestException('crc_token must be 8 to 128 letters, digits or - _ + / =');
    }
    this.remember(crcToken);
    return xCrcResponse(crcToken, this.config.xConsumerSecret);
  }

  @Post()
  @HttpCode(200)
  async receive(@Req() request: Request): Promise<{ ok: true }> {
    const raw = rawBodyOf(request);
    if (
      !verifyXSignature(raw, request.header('x-twitter-webhooks-signature'), this.config.xConsumerSecret) ||
      this.wasAnswered(raw.toString('latin1'))
    ) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(raw, parseXDelivery);
    await this.ingest.accept('x', raw, request.header('content-type') ?? null, events);
    return { ok: true };
  }

  private remember(token: string): void {
    const now = Date.now();
    for (const [old, at] of this.answeredTokens) {
      if (now - at < ANSWERED_TOKEN_TTL_MS && this.answeredTokens.size < ANSWERED_TOKEN_LIMIT) break;
      this.answeredTokens.delete(old);
    }
    this.answeredTokens.set(token, now);
  }

  private wasAnswered(body: string): boolean {
    const at = this.answeredTokens.get(body);
    return at !== undefined && Date.now() - at < ANSWERED_TOKEN_TTL_MS;
  }
}
