import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { TeamsModule } from '../teams/teams.module';
import { UsersModule } from '../users/users.module';
import { PresenceRepository } from './presence.repository';
import { WorkloadSettingsModule } from './workload-settings.module';
import { WorkloadWatcher } from './workload-watcher';
import { WorkloadController } from './workload.controller';
import { WorkloadService } from './workload.service';

/** Presence, auto-assignment, the rules over time and the workload settings. */
@Module({
  imports: [ConversationsModule, TeamsModule, UsersModule, WorkloadSettingsModule],
  controllers: [WorkloadController],
  providers: [WorkloadService, PresenceRepository, WorkloadWatcher],
  exports: [WorkloadService, WorkloadWatcher],
})
export class WorkloadModule {}
