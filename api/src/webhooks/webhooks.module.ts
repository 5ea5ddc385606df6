import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module';
import { MetaWebhookController } from './meta-webhook.controller';
import { WebhookIntakeService } from './webhook-intake.service';
import { XWebhookController } from './x-webhook.controller';

@Module({
  imports: [IngestModule],
  controllers: [MetaWebhookController, XWebhookController],
  providers: [WebhookIntakeService],
  exports: [WebhookIntakeService],
})
export class WebhooksModule {}
