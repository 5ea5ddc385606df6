import { dedupeKey, type InboundEvent, MalformedPayloadError } from '../inbound-event';
import { payloadJson } from '../testing/payloads';
import { WHATSAPP_24H_MESSAGE } from './whatsapp-errors';
import { parseWhatsAppDelivery } from './whatsapp-parser';

const NUMBER_ID = '612345678901234';

function parse(name: string): InboundEvent[] {
  return parseWhatsAppDelivery(payloadJson(name));
}

function delivery(value: object, field = 'messages'): object {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '987654321098765',
        changes: [
          {
            field,
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '31201234567', phone_number_id: NUMBER_ID },
              ...value,
            },
          },
        ],
      },
    ],
  };
}

function message(extra: object): object {
  return delivery({
    contacts: [{ profile: { name: 'Sanne de Vries' }, wa_id: '31612345678' }],
    messages: [{ from: '31612345678', id: 'wamid.X', timestamp: '1762342001', ...extra }],
  });
}

describe('parseWhatsAppDelivery: messages', () => {
  it('turns a text message into a whatsapp message with the contact name, timestamp in seconds', () => {
    expect(parse('whatsapp-text.json')).toEqual([
      {
        kind: 'message',
        provider: 'whatsapp',
        channel: 'whatsapp',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQTRGMUMyQjlEOEU3QTZCNUM0RAA=',
        accountId: NUMBER_ID,
        sender: { providerId: '31612345678', name: 'Sanne de Vries' },
        text: 'Goedemiddag, ik wil graag mijn afspraak van donderdag verzetten naar volgende week.',
        attachments: [],
        sentAt: new Date(1762342001 * 1000),
      },
    ]);
  });

  it('identifies a username user by business-scoped id, with the username as handle', () => {
    expect(parse('whatsapp-text-bsuid-username.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        channel: 'whatsapp',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQTJCM0M0RDVFNkY3QThCOUMwRAA=',
        sender: { providerId: 'NL.1031124232991481', name: 'Sanne de Vries', handle: '@sannedv' },
        text: 'Hoi, ik heb een vraag over mijn factuur van oktober.',
        sentAt: new Date(1762342600 * 1000),
      }),
    ]);
  });

  it('keeps the phone number as id and the business-scoped id as alternate when both are given', () => {
    const body = delivery({
      contacts: [{ profile: { name: 'Sanne' }, wa_id: '31612345678', user_id: 'NL.1031124232991481' }],
      messages: [
        {
          from: '31612345678',
          from_user_id: 'NL.1031124232991481',
          id: 'wamid.Y',
          timestamp: '1762342600',
          type: 'text',
          text: { body: 'hoi' },
        },
      ],
    });
    expect(parseWhatsAppDelivery(body)).toEqual([
      expect.objectContaining({
        sender: { providerId: '31612345678', name: 'Sanne', alternateIds: ['NL.1031124232991481'] },
      }),
    ]);
  });

  it('keeps an image as a media id reference with the caption as text', () => {
    expect(parse('whatsapp-image.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQTdDOUUxRjJCNEQ2QThDMEUxRgA=',
        text: 'Zo zag het product eruit toen het werd geleverd 😕',
        attachments: [
          {
            type: 'image',
            url: 'whatsapp-media:1761991787669262',
            mediaId: '1761991787669262',
            mimeType: 'image/jpeg',
          },
        ],
        sentAt: new Date(1762342090 * 1000),
      }),
    ]);
  });

  it('turns a button reply into text, answering our message', () => {
    expect(parse('whatsapp-interactive-reply.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        text: 'Afspraak verzetten',
        replyToId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgARGBJENEU1RjZBN0I4QzlEMEUxRjIA',
        sentAt: new Date(1762342333 * 1000),
      }),
    ]);
  });

  it('turns a list reply into text', () => {
    expect(parse('whatsapp-interactive-list-reply.json')).toEqual([
      expect.objectContaining({ kind: 'message', text: 'Do 13 nov, 10:30', attachments: [] }),
    ]);
  });

  it('keeps an unsupported message as an empty message with an other attachment', () => {
    expect(parse('whatsapp-unsupported.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgASGBQzQUYwRTFEMkMzQjRBNTk2ODc3OAA=',
        text: '',
        attachments: [{ type: 'other', url: '', providerType: 'unsupported:edit' }],
        sentAt: new Date(1762342450 * 1000),
      }),
    ]);
  });

  it('maps documents, audio, stickers, video, locations, template buttons and contacts', () => {
    const kinds: [object, Partial<Record<'text', string>> & { attachments: object[] }][] = [
      [
        {
          type: 'document',
          document: { id: 'd1', mime_type: 'application/pdf', filename: 'brief.pdf', caption: 'zie bijlage' },
        },
        {
          text: 'zie bijlage',
          attachments: [
            {
              type: 'file',
              url: 'whatsapp-media:d1',
              mediaId: 'd1',
              mimeType: 'application/pdf',
              name: 'brief.pdf',
            },
          ],
        },
      ],
      [
        { type: 'audio', audio: { id: 'a1', mime_type: 'audio/ogg', voice: true } },
        {
          text: '',
          attachments: [
            {
              type: 'audio',
              url: 'whatsapp-media:a1',
              mediaId: 'a1',
              mimeType: 'audio/ogg',
              providerType: 'voice',
            },
          ],
        },
      ],
      [
        { type: 'sticker', sticker: { id: 's1', mime_type: 'image/webp', animated: false } },
        {
          text: '',
          attachments: [{ type: 'sticker', url: 'whatsapp-media:s1', mediaId: 's1', mimeType: 'image/webp' }],
        },
      ],
      [
        { type: 'video', video: { id: 'v1' } },
        { text: '', attachments: [{ type: 'video', url: 'whatsapp-media:v1', mediaId: 'v1' }] },
      ],
      [
        {
          type: 'location',
          location: { latitude: 52.0907, longitude: 5.1214, name: 'Praktijk', address: 'Oudegracht 1' },
        },
        { text: 'Praktijk, Oudegracht 1', attachments: [{ type: 'location', url: 'geo:52.0907,5.1214' }] },
      ],
      [
        { type: 'button', button: { text: 'Bel mij terug', payload: 'CALLBACK' } },
        { text: 'Bel mij terug', attachments: [] },
      ],
      [
        { type: 'contacts', contacts: [{ name: { formatted_name: 'Huisarts Jansen' }, phones: [] }] },
        { text: 'Huisarts Jansen', attachments: [{ type: 'other', url: '', providerType: 'contacts' }] },
      ],
      [
        { type: 'poll_something_new', poll_something_new: {} },
        {
          text: '',
          attachments: [{ type: 'other', url: '', providerType: 'unsupported:poll_something_new' }],
        },
      ],
    ];
    for (const [extra, expected] of kinds) {
      expect(parseWhatsAppDelivery(message(extra))).toEqual([expect.objectContaining(expected)]);
    }
  });

  it('ignores reactions, system notices and other change fields', () => {
    expect(
      parseWhatsAppDelivery(message({ type: 'reaction', reaction: { message_id: 'wamid.A', emoji: '👍' } })),
    ).toEqual([]);
    expect(parseWhatsAppDelivery(message({ type: 'system', system: { body: 'changed number' } }))).toEqual(
      [],
    );
    expect(parseWhatsAppDelivery(delivery({ event: 'APPROVED' }, 'message_template_status_update'))).toEqual(
      [],
    );
  });

  it('returns every message of several entries and changes', () => {
    const one = message({ type: 'text', text: { body: 'een' } }) as { entry: { changes: object[] }[] };
    const two = message({ type: 'text', text: { body: 'twee' }, id: 'wamid.Z' }) as {
      entry: { changes: object[] }[];
    };
    const body = {
      object: 'whatsapp_business_account',
      entry: [one.entry[0], { id: 'other', changes: [...two.entry[0].changes, ...two.entry[0].changes] }],
    };
    const events = parseWhatsAppDelivery(body);
    expect(events.map((e) => (e.kind === 'message' ? e.text : e.kind))).toEqual(['een', 'twee', 'twee']);
    expect(new Set(events.map(dedupeKey))).toEqual(new Set(['wamid.X', 'wamid.Z']));
  });

  it('turns business app echoes into echoes', () => {
    const body = delivery(
      {
        message_echoes: [
          {
            from: '31201234567',
            to: '31612345678',
            id: 'wamid.E',
            timestamp: '1762342700',
            type: 'text',
            text: { body: 'Tot morgen!' },
          },
        ],
      },
      'smb_message_echoes',
    );
    expect(parseWhatsAppDelivery(body)).toEqual([
      {
        kind: 'echo',
        provider: 'whatsapp',
        channel: 'whatsapp',
        providerMessageId: 'wamid.E',
        accountId: NUMBER_ID,
        recipientId: '31612345678',
        text: 'Tot morgen!',
        sentAt: new Date(1762342700 * 1000),
      },
    ]);
  });
});

describe('parseWhatsAppDelivery: statuses', () => {
  it('turns a delivered status into a status event', () => {
    expect(parse('whatsapp-status-delivered.json')).toEqual([
      {
        kind: 'status',
        provider: 'whatsapp',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgARGBJCNkY5NTBENEU3ODYxQTM3RUQA',
        status: 'delivered',
        at: new Date(1762342205 * 1000),
        accountId: NUMBER_ID,
        recipientId: '31612345678',
      },
    ]);
  });

  it('turns a read status into a status event', () => {
    expect(parse('whatsapp-status-read.json')).toEqual([
      expect.objectContaining({ kind: 'status', status: 'read', at: new Date(1762342260 * 1000) }),
    ]);
  });

  it('explains a failed status in plain words', () => {
    expect(parse('whatsapp-status-failed.json')).toEqual([
      expect.objectContaining({
        kind: 'status',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgARGBJDMUQyRTNGNEE1QjZDN0Q4RTkA',
        status: 'failed',
        error: WHATSAPP_24H_MESSAGE,
        errorCode: '131047',
        at: new Date(1762428610 * 1000),
      }),
    ]);
  });

  it('keeps WhatsApp own words for an unknown failure code', () => {
    const body = delivery({
      statuses: [
        {
          id: 'wamid.F',
          status: 'failed',
          timestamp: '1',
          recipient_id: '316',
          errors: [{ code: 999999, title: 'Something new', error_data: { details: 'Details here' } }],
        },
      ],
    });
    expect(parseWhatsAppDelivery(body)).toEqual([
      expect.objectContaining({
        error: 'WhatsApp refused the message (code 999999): Something new - Details here',
      }),
    ]);
  });

  it('returns both statuses of a batch, each with its own dedupe key', () => {
    const events = parse('whatsapp-batch-2-statuses.json');
    expect(events).toEqual([
      expect.objectContaining({
        status: 'sent',
        providerMessageId: 'wamid.HBgLMzE2MTIzNDU2NzgVAgARGBJGMUUyRDNDNEI1QTY5Nzg4NzcA',
      }),
      expect.objectContaining({
        status: 'delivered',
        providerMessageId: 'wamid.HBgLMzE2ODc2NTQzMjEVAgARGBJBOUI4QzdENkU1RjRBM0IyQzEA',
        recipientId: '31687654321',
      }),
    ]);
    expect(new Set(events.map(dedupeKey)).size).toBe(2);
  });

  it('carries our outbound key back and ignores unknown statuses', () => {
    const body = delivery({
      statuses: [
        {
          id: 'wamid.S',
          status: 'sent',
          timestamp: '1',
          recipient_id: '316',
          biz_opaque_callback_data: 'key-1',
        },
        { id: 'wamid.S', status: 'deleted', timestamp: '2', recipient_id: '316' },
      ],
    });
    expect(parseWhatsAppDelivery(body)).toEqual([
      expect.objectContaining({ status: 'sent', outboundKey: 'key-1' }),
    ]);
  });
});

describe('parseWhatsAppDelivery: malformed bodies', () => {
  it.each([
    ['not an object', 42],
    ['wrong object', { object: 'page', entry: [] }],
    ['object missing', { entry: [] }],
    ['entry not an array', { object: 'whatsapp_business_account', entry: 'x' }],
    ['changes missing', { object: 'whatsapp_business_account', entry: [{ id: '1' }] }],
    [
      'metadata missing',
      {
        object: 'whatsapp_business_account',
        entry: [{ id: '1', changes: [{ field: 'messages', value: { messages: [] } }] }],
      },
    ],
    ['messages not an array', delivery({ messages: {} })],
    [
      'message without id',
      delivery({ messages: [{ from: '316', timestamp: '1', type: 'text', text: { body: 'x' } }] }),
    ],
    [
      'message without sender',
      delivery({ messages: [{ id: 'w', timestamp: '1', type: 'text', text: { body: 'x' } }] }),
    ],
    [
      'message with a bad timestamp',
      delivery({ messages: [{ id: 'w', from: '316', timestamp: 'gisteren', type: 'text' }] }),
    ],
    [
      'media without id',
      delivery({ messages: [{ id: 'w', from: '316', timestamp: '1', type: 'image', image: {} }] }),
    ],
    ['status without id', delivery({ statuses: [{ status: 'read', timestamp: '1' }] })],
  ])('rejects %s', (_label, body) => {
    expect(() => parseWhatsAppDelivery(body)).toThrow(MalformedPayloadError);
  });
});
