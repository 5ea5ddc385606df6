import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import { MetaSendAdapter } from '../channels/meta/meta-send.adapter';
import { SandboxAdapter } from '../channels/sandbox.adapter';
import { WhatsAppSendAdapter } from '../channels/whatsapp/whatsapp-send.adapter';
import { OutboundError } from '../channels/outbound';
import { AppConfig } from '../config/app-config';

/**
 * Sandbox (demo): every channel "sends" into a record, so the demo works without provider accounts.
 * Live: the Graph API for Meta channels and WhatsApp; a channel without an adapter fails its sends clearly.
 */
export const channelAdapterRegistryProvider: Provider = {
  provide: ChannelAdapterRegistry,
  inject: [AppConfig, DataSource],
  useFactory: (config: AppConfig, dataSource: DataSource) => {
    if (config.outboundTransport === 'sandbox') {
      return new ChannelAdapterRegistry([new SandboxAdapter()]);
    }
    const tokenFor = (fallback: string | null) => async (accountId: string) => {
      const rows: { access_token: string | null }[] = await dataSource.query(
        'SELECT access_token FROM channel_accounts WHERE external_id = $1 AND access_token IS NOT NULL LIMIT 1',
        [accountId],
      );
      const token = rows[0]?.access_token ?? fallback;
      if (!token)
        throw new OutboundError('no access token is set for this account (admin: channel accounts)', false);
      return token;
    };
    return new ChannelAdapterRegistry([
      new MetaSendAdapter({ baseUrl: config.metaGraphUrl, tokenFor: tokenFor(config.metaAccessToken) }),
      new WhatsAppSendAdapter({
        baseUrl: config.whatsappGraphUrl,
        tokenFor: tokenFor(config.whatsappAccessToken),
      }),
    ]);
  },
};
