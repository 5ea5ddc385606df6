import { Module } from '@nestjs/common';
import { SlaModule } from '../sla/sla.module';
import { UsersModule } from '../users/users.module';
import { ConversationsController } from './conversations.controller';
import { ConversationsRepository } from './conversations.repository';
import { ConversationsService } from './conversations.service';
import { SlaWatcher } from './sla-watcher';

@Module({
  imports: [UsersModule, SlaModule],
  controllers: [ConversationsController],
  providers: [ConversationsService, ConversationsRepository, SlaWatcher],
  exports: [ConversationsService],
})
export class ConversationsModule {}
