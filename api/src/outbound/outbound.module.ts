import { Module } from '@nestjs/common';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import { channelAdapterRegistryProvider } from './channel-adapter-registry.provider';
import { SendWorker } from './send.worker';

@Module({
  providers: [channelAdapterRegistryProvider, SendWorker],
  exports: [SendWorker, ChannelAdapterRegistry],
})
export class OutboundModule {}
