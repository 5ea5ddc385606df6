import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { SlaModule } from '../sla/sla.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { CrisisWatcher } from './crisis-watcher';
import { EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

@Module({
  imports: [ConversationsModule, UsersModule, TeamsModule, SlaModule],
  controllers: [EscalationsController],
  providers: [EscalationsService, CrisisWatcher],
  exports: [EscalationsService, CrisisWatcher],
})
export class EscalationsModule {}
