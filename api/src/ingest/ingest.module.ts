import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ContactsModule } from '../contacts/contacts.module';
import { IngestProcessor } from './ingest.processor';
import { IngestService } from './ingest.service';
import { IngestWorker } from './ingest.worker';

@Module({
  imports: [ConversationsModule, ContactsModule],
  providers: [IngestService, IngestProcessor, IngestWorker],
  exports: [IngestService, IngestWorker],
})
export class IngestModule {}
