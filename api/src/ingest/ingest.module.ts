import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { ContactsModule } from '../contacts/contacts.module';
import { TopicListModule } from '../insight/topic-list.module';
import { EchoHandler } from './handlers/echo.handler';
import { MessageHandler } from './handlers/message.handler';
import { RemovalHandler } from './handlers/removal.handler';
import { StatusHandler } from './handlers/status.handler';
import { IngestController } from './ingest.controller';
import { IngestProcessor } from './ingest.processor';
import { IngestService } from './ingest.service';
import { IngestWorker } from './ingest.worker';

@Module({
  imports: [ConversationsModule, ContactsModule, TopicListModule],
  controllers: [IngestController],
  providers: [
    IngestService,
    IngestProcessor,
    IngestWorker,
    MessageHandler,
    EchoHandler,
    StatusHandler,
    RemovalHandler,
  ],
  exports: [IngestService, IngestWorker],
})
export class IngestModule {}
