import type { Channel } from '@webcare/shared';
import { type ChannelAdapter, OutboundError } from './outbound';

/**
 * Which adapter sends on which channel. Adapters registered later take over the channels they name, so
 * a sandbox can be registered for everything and live adapters on top (or the other way round).
 */
export class ChannelAdapterRegistry {
  private readonly byChannel = new Map<Channel, ChannelAdapter>();

  constructor(adapters: readonly ChannelAdapter[] = []) {
    for (const adapter of adapters) {
      this.register(adapter);
    }
  }

  register(adapter: ChannelAdapter): this {
    for (const channel of adapter.channels) {
      this.byChannel.set(channel, adapter);
    }
    return this;
  }

  has(channel: Channel): boolean {
    return this.byChannel.has(channel);
  }

  /** The adapter for a channel; an OutboundError (not retryable) when none sends there. */
  for(channel: Channel): ChannelAdapter {
    const adapter = this.byChannel.get(channel);
    if (!adapter) {
      throw new OutboundError(`replies cannot be sent on ${channel} yet`, false);
    }
    return adapter;
  }

  /** Channels with an adapter. */
  channels(): Channel[] {
    return [...this.byChannel.keys()];
  }
}
