import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { OutboundModule } from '../outbound/outbound.module';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({
  imports: [ConversationsModule, OutboundModule],
  controllers: [ModerationController],
  providers: [ModerationService],
})
export class ModerationModule {}
