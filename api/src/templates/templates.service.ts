import { Injectable } from '@nestjs/common';
import type { MessageTemplateView, MessageView, TemplateSend } from '@webcare/shared';
import { OutboundError } from '../channels/outbound';
import { fetchApprovedTemplates, renderTemplate } from '../channels/whatsapp/whatsapp-templates';
import type { Actor } from '../common/current-user';
import { AppConfig } from '../config/app-config';
import { ContactsService } from '../contacts/contacts.service';
import { ConversationsService } from '../conversations/conversations.service';
import { DEMO_TEMPLATES } from './demo-templates';
import {
  TemplateNotFoundException,
  TemplatesNotAvailableException,
  TemplatesUnreachableException,
} from './templates.exception';

/** How long a synced list of templates is used before it is read again. */
const CACHE_MS = 5 * 60_000;

/**
 * The approved WhatsApp templates of the number's Business Account (synced from the Graph API, cached a
 * few minutes), and replies sent as one of them: the only message WhatsApp allows after the 24-hour window.
 */
@Injectable()
export class TemplatesService {
  private readonly cache = new Map<string, { at: number; items: MessageTemplateView[] }>();

  constructor(
    private readonly config: AppConfig,
    private readonly conversations: ConversationsService,
    private readonly contacts: ContactsService,
  ) {}

  async list(actor: Actor, conversationId: string): Promise<{ items: MessageTemplateView[] }> {
    const conversation = await this.conversations.findAccessible(actor, conversationId, {
      channelAccount: true,
    });
    if (conversation.channel !== 'whatsapp') {
      throw new TemplatesNotAvailableException('Templates exist for WhatsApp conversations only');
    }
    this.refuseTwilio(conversation.channelAccount.provider);
    return { items: await this.templates(conversation.channelAccount.externalId) };
  }

  async send(actor: Actor, conversationId: string, request: TemplateSend): Promise<MessageView> {
    const conversation = await this.conversations.findAccessible(actor, conversationId, {
      channelAccount: true,
      contact: true,
    });
    if (conversation.channel !== 'whatsapp') {
      throw new TemplatesNotAvailableException('Templates exist for WhatsApp conversations only');
    }
    this.refuseTwilio(conversation.channelAccount.provider);
    const template = (await this.templates(conversation.channelAccount.externalId)).find(
      (t) => t.name === request.name && t.language === request.language,
    );
    if (!template) throw new TemplateNotFoundException();
    if (request.variables.length !== template.variables.length) {
      throw new TemplatesNotAvailableException(
        `This template needs ${template.variables.length} value(s), ${request.variables.length} given`,
      );
    }
    if (request.variables.some((value) => value.trim().length === 0)) {
      throw new TemplatesNotAvailableException('Every value of the template must be filled in');
    }
    const variables = request.variables.map((value) => value.trim());
    return this.conversations.replyWithTemplate(actor, conversation, renderTemplate(template, variables), {
      name: template.name,
      language: template.language,
      variables,
    });
  }

  /** Numbers connected through Twilio send templates as Twilio Content, which the inbox does not offer. */
  private refuseTwilio(provider: string): void {
    if (provider === 'twilio') {
      throw new TemplatesNotAvailableException(
        'This WhatsApp number is connected through Twilio; templates are offered for Cloud API numbers only',
      );
    }
  }

  private async templates(phoneNumberId: string): Promise<MessageTemplateView[]> {
    if (this.config.outboundTransport === 'sandbox') return DEMO_TEMPLATES;
    const waba = this.config.whatsappBusinessAccountId;
    if (!waba) {
      throw new TemplatesNotAvailableException(
        'No WhatsApp Business Account is set (WHATSAPP_BUSINESS_ACCOUNT_ID); templates cannot be read',
      );
    }
    const cached = this.cache.get(waba);
    if (cached && Date.now() - cached.at < CACHE_MS) return cached.items;
    const token =
      (await this.contacts.accessTokenFor(phoneNumberId)) ?? this.config.whatsappAccessToken ?? null;
    try {
      const items = await fetchApprovedTemplates(this.config.whatsappGraphUrl, waba, () => {
        if (!token) throw new Error('no token');
        return token;
      });
      this.cache.set(waba, { at: Date.now(), items });
      return items;
    } catch (error) {
      if (cached) return cached.items;
      throw new TemplatesUnreachableException(
        error instanceof OutboundError ? error.message : 'WhatsApp did not answer',
      );
    }
  }
}
