import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EchoEvent } from '../../channels/inbound-event';
import { ContactsService } from '../../contacts/contacts.service';
import {
  ConversationsService,
  NOTHING_RECORDED,
  type Recorded,
} from '../../conversations/conversations.service';
import { dmThreadKey } from '../../conversations/thread-key';
import type { JobContext } from '../../jobs/jobs.service';
import { RetryLaterError } from '../../jobs/retry-later.error';

/** Our own message coming back: confirm the outbound message, or record one sent outside the console. */
@Injectable()
export class EchoHandler {
  constructor(
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
  ) {}

  async apply(manager: EntityManager, event: EchoEvent, context: JobContext): Promise<Recorded> {
    const known = await this.conversations.confirmEcho(manager, event.provider, event.providerMessageId);
    if (known) return known;
    // The send job records the provider id right after the provider answers; give it a moment first.
    if (context.retryCount < 2) throw new RetryLaterError('echo before its outbound message');
    const account = await this.contacts.findAccount(event.provider, event.accountId, manager);
    if (!account) return NOTHING_RECORDED;
    return this.conversations.recordEcho(manager, {
      accountId: account.id,
      threadKey: dmThreadKey(event.recipientId),
      text: event.text,
      provider: event.provider,
      providerMessageId: event.providerMessageId,
      sentAt: event.sentAt,
    });
  }
}
