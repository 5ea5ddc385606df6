import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { EscalationsModule } from '../escalations/escalations.module';
import { SlaModule } from '../sla/sla.module';
import { UsersModule } from '../users/users.module';
import { CallBacksController } from './call-backs.controller';
import { CallBacksService } from './call-backs.service';

@Module({
  imports: [ConversationsModule, UsersModule, SlaModule, EscalationsModule],
  controllers: [CallBacksController],
  providers: [CallBacksService],
  exports: [CallBacksService],
})
export class CallBacksModule {}
