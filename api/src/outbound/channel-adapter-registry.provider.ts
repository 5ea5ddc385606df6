import type { Provider } from '@nestjs/common';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import { MetaSendAdapter } from '../channels/meta/meta-send.adapter';
import { SandboxAdapter } from '../channels/sandbox.adapter';
import { TwilioSendAdapter } from '../channels/twilio/twilio-send.adapter';
import { WhatsAppSendAdapter } from '../channels/whatsapp/whatsapp-send.adapter';
import { XSendAdapter } from '../channels/x/x-send.adapter';
import { OutboundError } from '../channels/outbound';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { WebchatSendAdapter } from '../webchat/webchat-send.adapter';
import { WebchatGateway } from '../webchat/webchat.gateway';

/**
 * Sandbox (demo): every channel "sends" into a record, so the demo works without provider accounts.
 * Live: the Graph API for Meta channels and WhatsApp, the X API v2 for X, Twilio's Messages API for SMS
 * and WhatsApp numbers connected through Twilio.
 */
export const channelAdapterRegistryProvider: Provider = {
  provide: ChannelAdapterRegistry,
  inject: [AppConfig, ContactsService, WebchatGateway],
  useFactory: (config: AppConfig, contacts: ContactsService, webchat: WebchatGateway) => {
    // Web chat is our own channel: its answers go live to the visitor in the sandbox too.
    if (config.outboundTransport === 'sandbox') {
      return new ChannelAdapterRegistry([new SandboxAdapter(), new WebchatSendAdapter(webchat)]);
    }
    const tokenFor = (fallback: string | null) => async (accountId: string) => {
      const token = (await contacts.accessTokenFor(accountId)) ?? fallback;
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
      new XSendAdapter({ baseUrl: config.xApiUrl, tokenFor: tokenFor(config.xAccessToken) }),
      new TwilioSendAdapter({
        baseUrl: config.twilioApiUrl,
        accountSid: config.twilioAccountSid,
        authToken: config.twilioAuthToken,
        statusCallbackUrl: `${config.publicUrl}/webhooks/twilio`,
      }),
      new WebchatSendAdapter(webchat),
    ]);
  },
};
