import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RemovedEvent } from '../../channels/inbound-event';
import { ConversationsService, type Recorded } from '../../conversations/conversations.service';

/** A public comment removed at the provider by its author or the page. */
@Injectable()
export class RemovalHandler {
  constructor(private readonly conversations: ConversationsService) {}

  apply(manager: EntityManager, event: RemovedEvent): Promise<Recorded> {
    return this.conversations.recordRemoved(manager, event.provider, event.providerMessageId, event.at);
  }
}
