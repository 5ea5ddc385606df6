import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { SlaModule } from '../sla/sla.module';
import { UsersModule } from '../users/users.module';
import { EscalationsController } from './escalations.controller';
import { EscalationsService } from './escalations.service';

@Module({
  imports: [ConversationsModule, UsersModule, SlaModule],
  controllers: [EscalationsController],
  providers: [EscalationsService],
  exports: [EscalationsService],
})
export class EscalationsModule {}
