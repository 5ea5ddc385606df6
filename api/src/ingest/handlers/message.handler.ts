import { Injectable } from '@nestjs/common';
import { visibilityOf } from '@webcare/shared';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { InboundMessageEvent } from '../../channels/inbound-event';
import { accountKey, ContactsService, senderKey, type SenderIdentity } from '../../contacts/contacts.service';
import { ConversationsService, type Recorded } from '../../conversations/conversations.service';
import { dmThreadKey, postThreadKey } from '../../conversations/thread-key';
import { TopicListService } from '../../insight/topic-list.service';
import { TriageService } from '../../triage/triage.service';

/**
 * Messages from people, a batch at a time: accounts, contacts, triage, then the conversations record
 * them; each new message audited. A few statements whatever the batch's size.
 */
@Injectable()
export class MessageHandler {
  constructor(
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly triage: TriageService,
    private readonly audit: AuditService,
    private readonly topicList: TopicListService,
  ) {}

  /** One entry per event, in the events' order. */
  async apply(manager: EntityManager, events: InboundMessageEvent[]): Promise<Recorded[]> {
    if (events.length === 0) return [];
    const senders: SenderIdentity[] = events.map((event) => ({
      provider: event.provider,
      channel: event.channel,
      accountExternalId: event.accountId,
      providerId: event.sender.providerId,
      name: event.sender.name,
      handle: event.sender.handle,
    }));
    const accounts = await this.contacts.ensureAccounts(
      manager,
      events.map((event) => ({ provider: event.provider, externalId: event.accountId })),
    );
    const contacts = await this.contacts.ensureContacts(manager, senders);
    const messages = events.map((event, i) => {
      const account = accounts.get(accountKey(event.provider, event.accountId))!;
      const contact = contacts.get(senderKey(senders[i]))!;
      const visibility = visibilityOf(event.channel);
      const threadKey =
        visibility === 'public'
          ? postThreadKey(event.postId ?? event.providerMessageId, event.sender.providerId)
          : dmThreadKey(event.sender.providerId);
      const { triage, topics } = this.triage.classifyWithTopics(event.text, this.topicList.detector, {
        channel: event.channel,
        visibility,
        attachments: event.attachments.map((a) => ({ type: a.type })),
        sender: { prefersNoPhone: contact.prefersNoPhone, country: account.country },
      });
      return {
        contactId: contact.id,
        message: {
          provider: event.provider,
          channel: event.channel,
          visibility,
          accountId: account.id,
          contactId: contact.id,
          threadKey,
          postId: event.postId ?? null,
          providerMessageId: event.providerMessageId,
          text: event.text,
          attachments: event.attachments,
          sentAt: event.sentAt,
          triage,
          topics: topics.map((topic) => topic.code),
        },
      };
    });
    const recorded = await this.conversations.recordInbound(
      manager,
      messages.map(({ message }) => message),
    );
    // Last: the audit chain's lock is held until the transaction commits.
    await this.audit.recordMany(
      recorded.flatMap((outcome, i) =>
        outcome.messageCreated
          ? [
              {
                actor: 'system' as const,
                action: 'message.receive',
                conversationId: outcome.conversationId,
                contactId: messages[i].contactId,
                details: { messageId: outcome.messageId, channel: events[i].channel },
              },
            ]
          : [],
      ),
      manager,
    );
    return recorded;
  }
}
