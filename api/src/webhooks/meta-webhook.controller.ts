import { Controller, ForbiddenException, Get, Header, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { parseMetaDelivery } from '../channels/meta/meta-parser';
import { verifyMetaSignature } from '../channels/signature';
import { parseWhatsAppDelivery } from '../channels/whatsapp/whatsapp-parser';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { IngestService } from '../ingest/ingest.service';
import { parseJsonDelivery, rawBodyOf } from './webhook-body';
import { WebhookSignatureException } from './webhook.exception';

/** Meta's subscription handshake: echo hub.challenge when the verify token matches. */
function verifySubscription(query: Record<string, unknown>, verifyToken: string): string {
  if (
    query['hub.mode'] === 'subscribe' &&
    query['hub.verify_token'] === verifyToken &&
    typeof query['hub.challenge'] === 'string'
  ) {
    return query['hub.challenge'];
  }
  throw new ForbiddenException('Verify token does not match');
}

@ApiExcludeController()
@Public()
@Controller('webhooks')
export class MetaWebhookController {
  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  @Get('meta')
  @Header('Content-Type', 'text/plain')
  verifyMeta(@Query() query: Record<string, unknown>): string {
    return verifySubscription(query, this.config.metaVerifyToken);
  }

  /** Messenger, Facebook Page comments, Instagram DMs and comments. */
  @Post('meta')
  @HttpCode(200)
  @Header('Content-Type', 'text/plain')
  async receiveMeta(@Req() request: Request): Promise<string> {
    const raw = rawBodyOf(request);
    if (!verifyMetaSignature(raw, request.header('x-hub-signature-256'), this.config.metaAppSecret)) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(raw, parseMetaDelivery);
    await this.ingest.accept('meta', raw, request.header('content-type') ?? null, events);
    return 'EVENT_RECEIVED';
  }

  @Get('whatsapp')
  @Header('Content-Type', 'text/plain')
  verifyWhatsApp(@Query() query: Record<string, unknown>): string {
    return verifySubscription(query, this.config.metaVerifyToken);
  }

  @Post('whatsapp')
  @HttpCode(200)
  @Header('Content-Type', 'text/plain')
  async receiveWhatsApp(@Req() request: Request): Promise<string> {
    const raw = rawBodyOf(request);
    if (!verifyMetaSignature(raw, request.header('x-hub-signature-256'), this.config.whatsappAppSecret)) {
      throw new WebhookSignatureException();
    }
    const events = parseJsonDelivery(raw, parseWhatsAppDelivery);
    await this.ingest.accept('whatsapp', raw, request.header('content-type') ?? null, events);
    return 'EVENT_RECEIVED';
  }
}
