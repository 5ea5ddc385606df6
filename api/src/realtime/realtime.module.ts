import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { InsightModule } from '../insight/insight.module';
import { PushModule } from '../push/push.module';
import { UsersModule } from '../users/users.module';
import { WorkloadModule } from '../workload/workload.module';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeService } from './realtime.service';

@Module({
  imports: [
    AuthModule,
    UsersModule,
    ConversationsModule,
    EscalationsModule,
    PushModule,
    InsightModule,
    WorkloadModule,
  ],
  providers: [RealtimeGateway, RealtimeService],
})
export class RealtimeModule {}
