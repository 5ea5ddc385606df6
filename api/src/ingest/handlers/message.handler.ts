import { Injectable } from '@nestjs/common';
import { visibilityOf } from '@webcare/shared';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { InboundMessageEvent } from '../../channels/inbound-event';
import { ContactsService } from '../../contacts/contacts.service';
import { ConversationsService, type Recorded } from '../../conversations/conversations.service';
import { dmThreadKey, postThreadKey } from '../../conversations/thread-key';
import { TopicsService } from '../../insight/topics.service';
import { TriageService } from '../../triage/triage.service';

/** A message from the person: account, contact, triage, then the conversation records it; audited. */
@Injectable()
export class MessageHandler {
  constructor(
    private readonly contacts: ContactsService,
    private readonly conversations: ConversationsService,
    private readonly triage: TriageService,
    private readonly audit: AuditService,
    private readonly topics: TopicsService,
  ) {}

  async apply(manager: EntityManager, event: InboundMessageEvent): Promise<Recorded> {
    const account = await this.contacts.ensureAccount(manager, event.provider, event.accountId);
    const contact = await this.contacts.ensureContact(manager, {
      provider: event.provider,
      channel: event.channel,
      accountExternalId: event.accountId,
      providerId: event.sender.providerId,
      name: event.sender.name,
      handle: event.sender.handle,
    });
    const visibility = visibilityOf(event.channel);
    const threadKey =
      visibility === 'public'
        ? postThreadKey(event.postId ?? event.providerMessageId, event.sender.providerId)
        : dmThreadKey(event.sender.providerId);
    const { triage, topics } = this.triage.classifyWithTopics(event.text, this.topics.detector, {
      channel: event.channel,
      visibility,
      attachments: event.attachments.map((a) => ({ type: a.type })),
      sender: { prefersNoPhone: contact.prefersNoPhone, country: account.country },
    });
    const recorded = await this.conversations.recordInbound(manager, {
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
    });
    if (!recorded.messageCreated) return recorded;
    await this.audit.record(
      {
        actor: 'system',
        action: 'message.receive',
        conversationId: recorded.conversationId,
        contactId: contact.id,
        details: { messageId: recorded.messageId, channel: event.channel },
      },
      manager,
    );
    return recorded;
  }
}
