import { Injectable } from '@nestjs/common';
import { switchTemplate, type MessageView, type SwitchKind, type TemplateSituation } from '@webcare/shared';
import { AuditService } from '../audit/audit.service';
import { CallBacksService } from '../callbacks/call-backs.service';
import type { Actor } from '../common/current-user';
import { ConversationsService } from '../conversations/conversations.service';
import { DomainEventBus } from '../events/domain-event-bus';

/** Which ready reply to use when the agent picks a switch the engine did not suggest. */
const SITUATION_BY_KIND: Record<SwitchKind, TemplateSituation> = {
  call_back: 'call_request',
  private_message: 'public',
  secure_channel: 'documents',
  in_person: 'advice',
};

export interface SwitchResult {
  message: MessageView;
  callBackId: string | null;
}

/**
 * One click on a suggested channel switch: send the ready reply that makes the switch, record the switch
 * in the thread and the access log, create a call-back task for `call_back`, and clear the suggestion.
 */
@Injectable()
export class SwitchesService {
  constructor(
    private readonly conversations: ConversationsService,
    private readonly callBacks: CallBacksService,
    private readonly audit: AuditService,
    private readonly events: DomainEventBus,
  ) {}

  async switch(actor: Actor, conversationId: string, kind: SwitchKind): Promise<SwitchResult> {
    const conversation = await this.conversations.findAccessible(actor, conversationId, {
      channelAccount: true,
    });
    const suggestion = conversation.suggestedSwitch?.kind === kind ? conversation.suggestedSwitch : null;
    const template =
      suggestion?.template ??
      switchTemplate({
        kind,
        situation: SITUATION_BY_KIND[kind],
        country: conversation.channelAccount.country,
        isPublic: conversation.visibility === 'public',
        piiInPublic: conversation.flags.some((flag) => flag.code === 'pii_public'),
      });
    // Dutch first: the organisation's accounts are Dutch or Flemish.
    const message = await this.conversations.reply(
      actor,
      conversationId,
      template.nl,
      conversation.visibility,
    );
    await this.conversations.note(actor, conversationId, { code: 'switch.sent', params: { kind } });
    const callBack =
      kind === 'call_back'
        ? await this.callBacks.create({
            conversationId,
            reason: suggestion?.reason.nl ?? 'Terugbellen na kanaalwissel',
            actor,
          })
        : null;
    await this.conversations.clearSuggestion(conversationId);
    await this.audit.record({
      actor,
      action: 'switch.send',
      conversationId,
      contactId: conversation.contactId,
      details: {
        kind,
        suggested: suggestion !== null,
        messageId: message.id,
        callBackId: callBack?.id ?? null,
      },
    });
    await this.events.emit('switch.sent', { conversationId, kind });
    await this.events.emit('conversation.changed', { conversationId, byUserId: actor.id });
    return { message, callBackId: callBack?.id ?? null };
  }
}
