import type { Channel, Provider } from '@webcare/shared';
import { type ChannelAdapter, OutboundError } from './outbound';

/**
 * Which adapter sends on which channel. Adapters registered later take over the channels they name, so
 * a sandbox can be registered for everything and live adapters on top (or the other way round).
 */
export class ChannelAdapterRegistry {
  private readonly byChannel = new Map<Channel, ChannelAdapter>();
  private readonly byProviderChannel = new Map<string, ChannelAdapter>();

  constructor(adapters: readonly ChannelAdapter[] = []) {
    for (const adapter of adapters) {
      this.register(adapter);
    }
  }

  register(adapter: ChannelAdapter): this {
    for (const channel of adapter.channels) {
      if (adapter.provider) this.byProviderChannel.set(`${adapter.provider}:${channel}`, adapter);
      else this.byChannel.set(channel, adapter);
    }
    return this;
  }

  has(channel: Channel): boolean {
    return (
      this.byChannel.has(channel) ||
      [...this.byProviderChannel.keys()].some((key) => key.endsWith(`:${channel}`))
    );
  }

  /**
   * The adapter for a channel (of an account of `provider`: one registered for that provider first); an
   * OutboundError (not retryable) when none sends there.
   */
  for(channel: Channel, provider?: Provider): ChannelAdapter {
    const adapter =
      (provider ? this.byProviderChannel.get(`${provider}:${channel}`) : undefined) ??
      this.byChannel.get(channel);
    if (!adapter) {
      throw new OutboundError(`replies cannot be sent on ${channel} yet`, false);
    }
    return adapter;
  }

  /** Channels with an adapter. */
  channels(): Channel[] {
    const channels = new Set<Channel>(this.byChannel.keys());
    for (const key of this.byProviderChannel.keys()) channels.add(key.split(':')[1] as Channel);
    return [...channels];
  }
}
