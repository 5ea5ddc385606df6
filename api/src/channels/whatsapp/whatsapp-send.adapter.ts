import type { Channel } from '@webcare/shared';
import { type GraphClientOptions, type GraphError, GraphClient, graphErrorCode } from '../graph-client';
import { type ChannelAdapter, OutboundError, type OutboundRequest, type OutboundResult } from '../outbound';
import { isObject } from '../parse-util';
import { describeWhatsAppError } from './whatsapp-errors';

/** A business-scoped user id (`NL.1031…`, parent ids `US.ENT.…`), as opposed to a phone number. */
const BSUID = /^[A-Z]{2}\.[A-Za-z0-9.]+$/;

/**
 * A Cloud API refusal in plain words. Known codes decide retrying (131047 outside the 24-hour window: no;
 * 130429 / 131056 throttling: yes); unknown codes retry on 5xx and 429 only.
 */
export function describeWhatsAppSendError(httpStatus: number, error: GraphError | undefined): OutboundError {
  const described = describeWhatsAppError(
    error?.code,
    error?.message,
    error?.error_data?.details,
    httpStatus === 429 || httpStatus >= 500 || error?.is_transient === true,
  );
  return new OutboundError(described.message, described.retryable, graphErrorCode(error));
}

/**
 * Sends WhatsApp text messages through the Cloud API: `POST {base}/{phoneNumberId}/messages`
 * `{messaging_product:'whatsapp', to, type:'text', text:{body}}`. People known only by their
 * business-scoped user id (username users) are addressed with `recipient` instead of `to`.
 * `biz_opaque_callback_data` carries our idempotencyKey; WhatsApp returns it on every status webhook.
 *
 * No duplicates: the Cloud API takes no idempotency key, so a request repeated after a lost answer would
 * send twice. The send job prevents that: it records the provider message id before completing and checks
 * for one before any retry.
 */
export class WhatsAppSendAdapter implements ChannelAdapter {
  readonly channels: readonly Channel[] = ['whatsapp'];
  private readonly graph: GraphClient;

  constructor(options: GraphClientOptions) {
    this.graph = new GraphClient(options, describeWhatsAppSendError);
  }

  async send(request: OutboundRequest): Promise<OutboundResult> {
    if (request.channel !== 'whatsapp') {
      throw new OutboundError(`this adapter does not send on ${request.channel}`, false);
    }
    const address = BSUID.test(request.recipientId)
      ? { recipient: request.recipientId }
      : { to: request.recipientId };
    const content = request.template
      ? {
          type: 'template',
          template: {
            name: request.template.name,
            language: { code: request.template.language },
            ...(request.template.variables.length > 0
              ? {
                  components: [
                    {
                      type: 'body',
                      parameters: request.template.variables.map((text) => ({ type: 'text', text })),
                    },
                  ],
                }
              : {}),
          },
        }
      : { type: 'text', text: { body: request.text, preview_url: false } };
    const answer = await this.graph.post(request.accountId, [request.accountId, 'messages'], {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      ...address,
      ...content,
      biz_opaque_callback_data: request.idempotencyKey,
    });
    const first = Array.isArray(answer.messages) ? answer.messages.find(isObject) : undefined;
    const id = first?.id;
    if (typeof id !== 'string' || id.length === 0) {
      throw new OutboundError(
        'WhatsApp accepted the message but gave no id; check before sending again',
        false,
      );
    }
    return { providerMessageId: id };
  }
}
