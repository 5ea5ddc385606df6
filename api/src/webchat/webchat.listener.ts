import { Injectable } from '@nestjs/common';
import { type DomainEvents, OnDomainEvent } from '../events/domain-events';
import { WebchatGateway } from './webchat.gateway';
import { WebchatService } from './webchat.service';

/** Tells a web chat visitor what happens on the inbox side: an agent typing, a call back asking for a number. */
@Injectable()
export class WebchatListener {
  constructor(
    private readonly webchat: WebchatService,
    private readonly gateway: WebchatGateway,
  ) {}

  @OnDomainEvent('conversation.typing')
  async onTyping(event: DomainEvents['conversation.typing']): Promise<void> {
    const visitor = await this.webchat.visitorOf(event.conversationId);
    if (visitor) this.gateway.typing(visitor, event.typing);
  }

  @OnDomainEvent('switch.sent')
  async onSwitch(event: DomainEvents['switch.sent']): Promise<void> {
    if (event.kind !== 'call_back') return;
    const visitor = await this.webchat.visitorOf(event.conversationId);
    if (!visitor) return;
    await this.webchat.markPhoneRequested(visitor);
    this.gateway.phoneRequested(visitor);
  }
}
