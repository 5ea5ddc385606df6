import { Module } from '@nestjs/common';
import { CallBacksModule } from '../callbacks/call-backs.module';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { IngestModule } from '../ingest/ingest.module';
import { MediaModule } from '../media/media.module';
import { PrivacyController } from './privacy.controller';
import { PrivacyService } from './privacy.service';
import { PurgeRegistry } from './purge-registry';
import { RetentionService } from './retention.service';

/** The person's rights and data lifecycle: subject export, erasure, retention. */
@Module({
  imports: [
    ContactsModule,
    ConversationsModule,
    EscalationsModule,
    CallBacksModule,
    IngestModule,
    MediaModule,
  ],
  controllers: [PrivacyController],
  providers: [PrivacyService, RetentionService, PurgeRegistry],
  exports: [PurgeRegistry],
})
export class PrivacyModule {}
