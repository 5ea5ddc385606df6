import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { MetaWebhookController } from './meta-webhook.controller';
import { TwilioWebhookController } from './twilio-webhook.controller';
import { XWebhookController } from './x-webhook.controller';

@Module({
  imports: [IngestModule],
  controllers: [MetaWebhookController, XWebhookController, TwilioWebhookController],
})
export class WebhooksModule {}
