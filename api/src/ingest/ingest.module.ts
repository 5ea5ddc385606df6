import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { SlaModule } from '../sla/sla.module';
import { IngestProcessor } from './ingest.processor';
import { IngestService } from './ingest.service';
import { IngestWorker } from './ingest.worker';

@Module({
  imports: [ConversationsModule, SlaModule],
  providers: [IngestService, IngestProcessor, IngestWorker],
  exports: [IngestService, IngestWorker],
})
export class IngestModule {}
