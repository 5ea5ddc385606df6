import { createHmac, randomBytes } from 'node:crypto';
import type { DemoMessage } from './demo-messages';

/** The demo organisation's accounts, as the provider names them (match test/fixtures/payloads). */
export const DEMO_ACCOUNTS = {
  facebookPage: { id: '104523889012345', name: 'Zorggroep Noorderlicht (Facebook)' },
  instagram: { id: '17841405822304914', name: 'Zorggroep Noorderlicht (Instagram)' },
  whatsapp: {
    id: '612345678901234',
    waba: '987654321098765',
    display: '31201234567',
    name: 'Zorggroep Noorderlicht (WhatsApp)',
  },
} as const;

export interface SignedDelivery {
  provider: 'meta' | 'whatsapp';
  path: '/webhooks/meta' | '/webhooks/whatsapp';
  body: string;
  signature: string;
}

/** Meta escapes non-ASCII in its bodies (\u00eb); do the same so signatures are checked over such bytes. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function metaSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

const id = (digits: number): string =>
  Array.from(randomBytes(digits), (b) => String(b % 10))
    .join('')
    .replace(/^0/, '1');

/** A stable-looking person id per name, so one person's messages land in one thread. */
export function personId(name: string, digits: number): string {
  const hash = createHmac('sha256', 'demo').update(name).digest();
  return Array.from(hash.subarray(0, digits), (b) => String(b % 10))
    .join('')
    .replace(/^0/, '1');
}

/** Builds the provider's own webhook body for one demo message, signed with the app secret. */
export function buildDelivery(message: DemoMessage, sentAt: Date, secret: string): SignedDelivery {
  const ms = sentAt.getTime();
  const seconds = Math.floor(ms / 1000);
  const page = DEMO_ACCOUNTS.facebookPage.id;
  const ig = DEMO_ACCOUNTS.instagram.id;
  let provider: SignedDelivery['provider'] = 'meta';
  let payload: unknown;
  switch (message.channel) {
    case 'messenger':
    case 'instagram_dm': {
      const account = message.channel === 'messenger' ? page : ig;
      const attachment = message.image
        ? {
            attachments: [
              { type: 'image', payload: { url: `https://scontent.example.net/v/demo-${id(8)}.jpg` } },
            ],
          }
        : {};
      payload = {
        object: message.channel === 'messenger' ? 'page' : 'instagram',
        entry: [
          {
            id: account,
            time: ms,
            messaging: [
              {
                sender: { id: personId(message.name, 16) },
                recipient: { id: account },
                timestamp: ms,
                message: {
                  mid: `m_${randomBytes(18).toString('base64url')}`,
                  text: message.text,
                  ...attachment,
                },
              },
            ],
          },
        ],
      };
      break;
    }
    case 'facebook_comment': {
      const post = `${page}_122145678901234567`;
      payload = {
        object: 'page',
        entry: [
          {
            id: page,
            time: seconds,
            changes: [
              {
                field: 'feed',
                value: {
                  from: { id: personId(message.name, 16), name: message.name },
                  post: { id: post, status_type: 'added_photos', is_published: true },
                  message: message.text,
                  post_id: post,
                  comment_id: `122145678901234567_${id(16)}`,
                  created_time: seconds,
                  item: 'comment',
                  parent_id: post,
                  verb: 'add',
                },
              },
            ],
          },
        ],
      };
      break;
    }
    case 'instagram_comment': {
      payload = {
        object: 'instagram',
        entry: [
          {
            id: ig,
            time: seconds,
            changes: [
              {
                field: 'comments',
                value: {
                  from: { id: personId(message.name, 16), username: message.name },
                  media: { id: '18012345678901234', media_product_type: 'FEED' },
                  id: id(17),
                  text: message.text,
                },
              },
            ],
          },
        ],
      };
      break;
    }
    case 'whatsapp': {
      provider = 'whatsapp';
      const from = `316${personId(message.name, 8)}`;
      const content = message.image
        ? {
            type: 'image',
            image: {
              id: id(15),
              mime_type: 'image/jpeg',
              sha256: randomBytes(32).toString('base64'),
              caption: message.text,
            },
          }
        : { type: 'text', text: { body: message.text } };
      payload = {
        object: 'whatsapp_business_account',
        entry: [
          {
            id: DEMO_ACCOUNTS.whatsapp.waba,
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  metadata: {
                    display_phone_number: DEMO_ACCOUNTS.whatsapp.display,
                    phone_number_id: DEMO_ACCOUNTS.whatsapp.id,
                  },
                  contacts: [{ profile: { name: message.name }, wa_id: from }],
                  messages: [
                    {
                      from,
                      id: `wamid.${randomBytes(24).toString('base64url')}`,
                      timestamp: String(seconds),
                      ...content,
                    },
                  ],
                },
              },
            ],
          },
        ],
      };
      break;
    }
  }
  const body = asciiJson(payload);
  return {
    provider,
    path: provider === 'meta' ? '/webhooks/meta' : '/webhooks/whatsapp',
    body,
    signature: metaSignature(body, secret),
  };
}
