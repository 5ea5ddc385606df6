import { Injectable } from '@nestjs/common';
import type { MessageView } from '@webcare/shared';
import { AuditService } from '../audit/audit.service';
import { ChannelAdapterRegistry } from '../channels/channel-adapters';
import type { Actor } from '../common/current-user';
import { ConversationsService } from '../conversations/conversations.service';
import { DomainEventBus } from '../events/domain-event-bus';
import { MessageNotFoundException, NothingToHideException } from './moderation.exception';

const HIDEABLE = new Set(['facebook_comment', 'instagram_comment', 'x_mention']);

/** Actions that protect the person: hide a public comment, and record each look at sensitive media. */
@Injectable()
export class ModerationService {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly adapters: ChannelAdapterRegistry,
    private readonly events: DomainEventBus,
    private readonly audit: AuditService,
  ) {}

  /**
   * Hides a public comment from everyone but its author and the page (Graph API), so identifiers or
   * health details leave public view without deleting what the person wrote. Default: the latest one.
   */
  async hideComment(actor: Actor, conversationId: string, messageId?: string): Promise<MessageView> {
    const conversation = await this.conversations.findAccessible(actor, conversationId, {
      channelAccount: true,
      contact: true,
    });
    if (!HIDEABLE.has(conversation.channel)) throw new NothingToHideException();
    const message = await this.conversations.inboundMessage(conversationId, messageId);
    if (!message?.providerMessageId) throw new NothingToHideException();
    if (!message.hiddenAt) {
      await this.adapters
        .for(conversation.channel, conversation.channelAccount.provider)
        .hideComment?.(
          conversation.channelAccount.externalId,
          message.providerMessageId,
          conversation.channel,
        );
      message.hiddenAt = new Date();
      await this.conversations.recordHidden(message.id, message.hiddenAt);
      await this.audit.record({
        actor,
        action: 'comment.hide',
        conversationId,
        contactId: conversation.contactId,
        details: { messageId: message.id },
      });
    }
    await this.events.emit('message.changed', { conversationId, messageId: message.id });
    return this.conversations.messageView(message, conversation.contact.displayName);
  }

  /** The agent chose to look at a blurred image or video: NEN 7513 wants that access on record. */
  async recordReveal(actor: Actor, conversationId: string, messageId: string): Promise<void> {
    const conversation = await this.conversations.findAccessible(actor, conversationId);
    const message = await this.conversations.messageFlags(conversationId, messageId);
    if (!message) throw new MessageNotFoundException();
    await this.audit.record({
      actor,
      action: 'message.reveal_media',
      conversationId,
      contactId: conversation.contactId,
      details: { messageId, explicit: message.flags.some((flag) => flag.code === 'explicit_media') },
    });
  }
}
