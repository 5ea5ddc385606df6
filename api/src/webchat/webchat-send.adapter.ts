import type { Channel } from '@webcare/shared';
import type { ChannelAdapter, OutboundRequest, OutboundResult } from '../channels/outbound';
import type { WebchatGateway } from './webchat.gateway';

/**
 * Web chat is our own channel: an answer "sends" by going live to the visitor's open widgets (on any
 * replica); a visitor who is away sees it in the conversation when the widget loads again.
 */
export class WebchatSendAdapter implements ChannelAdapter {
  readonly channels: readonly Channel[] = ['webchat'];

  constructor(private readonly gateway: WebchatGateway) {}

  send(request: OutboundRequest): Promise<OutboundResult> {
    this.gateway.deliver(
      { key: request.accountId, id: request.recipientId },
      {
        id: request.idempotencyKey,
        direction: 'out',
        text: request.text,
        images: 0,
        createdAt: new Date().toISOString(),
      },
    );
    return Promise.resolve({ providerMessageId: `webchat:${request.idempotencyKey}` });
  }
}
