import { Controller, Header, HttpCode, Post, Req } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { verifyTwilioSignature } from '../channels/signature';
import { parseTwilioDelivery } from '../channels/twilio/twilio-parser';
import { Public } from '../common/public.decorator';
import { AppConfig } from '../config/app-config';
import { IngestService } from '../ingest/ingest.service';
import { parseOrReject, rawBodyOf, storableText } from './webhook-body';
import { WebhookSignatureException } from './webhook.exception';

/** Twilio SMS and WhatsApp: form-encoded, signed over PUBLIC_URL + path and the sorted fields. */
@ApiExcludeController()
@Public()
@Controller('webhooks/twilio')
export class TwilioWebhookController {
  constructor(
    private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  /** One URL, or one per number kind as many Twilio set-ups use (/sms, /whatsapp); all verified the same way. */
  @Post(['', 'sms', 'whatsapp'])
  @HttpCode(200)
  @Header('Content-Type', 'text/xml')
  async receive(@Req() request: Request): Promise<string> {
    const raw = rawBodyOf(request);
    const params: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) params[key] = value;
    const url = `${this.config.publicUrl}${request.originalUrl}`;
    if (
      !verifyTwilioSignature(url, params, request.header('x-twilio-signature'), this.config.twilioAuthToken)
    ) {
      throw new WebhookSignatureException();
    }
    const clean: Record<string, string> = {};
    for (const [key, value] of Object.entries(params)) clean[storableText(key)] = storableText(value);
    const events = parseOrReject(() => parseTwilioDelivery(clean));
    await this.ingest.accept('twilio', raw, request.header('content-type') ?? null, events);
    // An empty TwiML response: we answer from the console, not automatically.
    return '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
  }
}
