import { Controller, ForbiddenException, Get, Header, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';

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

/**
 * Meta's subscription handshakes. Deliveries (POST) take the lean path in front of the framework:
 * see webhook-fast-path.ts and WebhookIntakeService.
 */
@ApiExcludeController()
@Public()
@Controller('webhooks')
export class MetaWebhookController {
  constructor(private readonly config: AppConfig) {}

  @Get('meta')
  @Header('Content-Type', 'text/plain')
  verifyMeta(@Query() query: Record<string, unknown>): string {
    return verifySubscription(query, this.config.metaVerifyToken);
  }

  @Get('whatsapp')
  @Header('Content-Type', 'text/plain')
  verifyWhatsApp(@Query() query: Record<string, unknown>): string {
    return verifySubscription(query, this.config.metaVerifyToken);
  }
}
