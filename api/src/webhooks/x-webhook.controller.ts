import { Controller, Get, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../common/public.decorator';
import { WebhookIntakeService } from './webhook-intake.service';

/**
 * X Account Activity's challenge-response check. Deliveries (POST) take the lean path in front of the
 * framework: see webhook-fast-path.ts and WebhookIntakeService.
 */
@ApiExcludeController()
@Public()
@Controller('webhooks/x')
export class XWebhookController {
  constructor(private readonly intake: WebhookIntakeService) {}

  @Get()
  crc(@Query('crc_token') crcToken: unknown): { response_token: string } {
    return this.intake.xCrc(crcToken);
  }
}
