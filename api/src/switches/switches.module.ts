import { Module } from '@nestjs/common';
import { CallBacksModule } from '../callbacks/call-backs.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { SwitchesController } from './switches.controller';
import { SwitchesService } from './switches.service';

@Module({
  imports: [ConversationsModule, CallBacksModule],
  controllers: [SwitchesController],
  providers: [SwitchesService],
})
export class SwitchesModule {}
