import { asciiJson } from './payloads';

/** The Facebook Page the demo organisation receives Messenger messages and comments on. */
export const PAGE_ID = '104523889012345';
/** The post the Page comments are made under. */
export const POST_ID = `${PAGE_ID}_122145678901234567`;
/** The WhatsApp Business account and its phone number. */
export const WHATSAPP_ACCOUNT_ID = '987654321098765';
export const PHONE_ID = '612345678901234';

export interface MessengerMessage {
  mid: string;
  senderId: string;
  text: string;
  /** When the person sent it, in milliseconds; now unless given. */
  at?: number;
  /** Raw UTF-8 instead of Meta's escaped ASCII: both reach a webhook, signed over their own bytes. */
  rawUtf8?: boolean;
}

/** A Messenger delivery to the Page, as Meta posts it: one person's text message. */
export function messengerDelivery({
  mid,
  senderId,
  text,
  at = Date.now(),
  rawUtf8 = false,
}: MessengerMessage): string {
  const body = {
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: at,
        messaging: [
          { sender: { id: senderId }, recipient: { id: PAGE_ID }, timestamp: at, message: { mid, text } },
        ],
      },
    ],
  };
  return rawUtf8 ? JSON.stringify(body) : asciiJson(body);
}

export interface PageComment {
  commentId: string;
  authorId: string;
  name: string;
  text: string;
}

/** A public comment under the Page's post, as Meta's feed change delivers it. */
export function pageCommentDelivery({ commentId, authorId, name, text }: PageComment): string {
  const at = Math.floor(Date.now() / 1000);
  return asciiJson({
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: at,
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: authorId, name },
              post_id: POST_ID,
              comment_id: commentId,
              created_time: at,
              item: 'comment',
              parent_id: POST_ID,
              verb: 'add',
              message: text,
            },
          },
        ],
      },
    ],
  });
}

/** A WhatsApp Cloud API delivery to our number: `value` holds its messages, contacts or statuses. */
export function whatsappDelivery(value: object): string {
  return asciiJson({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: WHATSAPP_ACCOUNT_ID,
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '31201234567', phone_number_id: PHONE_ID },
              ...value,
            },
          },
        ],
      },
    ],
  });
}

export interface WhatsappMessage {
  id: string;
  from: string;
  /** The person's profile name; Sanne unless given. */
  name?: string;
}

/** One WhatsApp message from a person: `content` is its type and what goes with it (text, image, ...). */
export function whatsappMessageDelivery({
  id,
  from,
  name = 'Sanne',
  content,
}: WhatsappMessage & { content: object }): string {
  return whatsappDelivery({
    contacts: [{ profile: { name }, wa_id: from }],
    messages: [{ from, id, timestamp: String(Math.floor(Date.now() / 1000)), ...content }],
  });
}

/** One WhatsApp text message from a person. */
export function whatsappTextDelivery({ text, ...message }: WhatsappMessage & { text: string }): string {
  return whatsappMessageDelivery({ ...message, content: { type: 'text', text: { body: text } } });
}
