import { Module } from '@nestjs/common';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import { ContactsModule } from '../contacts/contacts.module';
import { ConversationsModule } from '../conversations/conversations.module';
import { WebchatModule } from '../webchat/webchat.module';
import { channelAdapterRegistryProvider } from './channel-adapter-registry.provider';
import { SendWorker } from './send.worker';

@Module({
  imports: [ContactsModule, ConversationsModule, WebchatModule],
  providers: [channelAdapterRegistryProvider, SendWorker],
  exports: [SendWorker, ChannelAdapterRegistry],
})
export class OutboundModule {}
