import { Module } from '@nestjs/common';
import { TopicListModule } from '../insight/topic-list.module';
import { SlaModule } from '../sla/sla.module';
import { UsersModule } from '../users/users.module';
import { WorkloadSettingsModule } from '../workload/workload-settings.module';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';
import { ConversationsWorkloadRepository } from './conversations-workload.repository';
import { ConversationsWorkloadService } from './conversations-workload.service';
import { MessagesController } from './messages.controller';
import { SlaWatcher } from './sla-watcher';

@Module({
  imports: [UsersModule, SlaModule, WorkloadSettingsModule, TopicListModule],
  controllers: [ConversationsController, MessagesController],
  providers: [
    ConversationsService,
    ConversationsRepository,
    ConversationsWorkloadRepository,
    ConversationsWorkloadService,
    SlaWatcher,
  ],
  exports: [ConversationsService, ConversationsWorkloadService],
})
export class ConversationsModule {}
