import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReadWatermarkEvent, StatusEvent } from '../../channels/inbound-event';
import { ContactsService } from '../../contacts/contacts.service';
import {
  ConversationsService,
  NOTHING_RECORDED,
  type Recorded,
} from '../../conversations/conversations.service';
import { dmThreadKey } from '../../conversations/thread-key';
import type { JobContext } from '../../jobs/jobs.service';
import { RetryLaterError } from '../../jobs/retry-later.error';

/** Delivery statuses of what we sent: one message's status, or everything read up to a watermark. */
@Injectable()
export class StatusHandler {
  constructor(
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
  ) {}

  async apply(manager: EntityManager, event: StatusEvent, context: JobContext): Promise<Recorded> {
    const recorded = await this.conversations.recordDeliveryStatus(manager, event);
    if (recorded) return recorded;
    if (context.retryCount < 2) throw new RetryLaterError('status before its outbound message');
    return NOTHING_RECORDED;
  }

  async applyReadWatermark(manager: EntityManager, event: ReadWatermarkEvent): Promise<Recorded> {
    const account = await this.contacts.findAccount(event.provider, event.accountId, manager);
    if (!account) return NOTHING_RECORDED;
    return this.conversations.recordReadUpTo(
      manager,
      account.id,
      dmThreadKey(event.contactProviderId),
      event.watermark,
    );
  }
}
