import { dedupeKey, type InboundEvent, MalformedPayloadError } from '../inbound-event';
import { payloadJson } from '../testing/payloads';
import { parseMetaDelivery } from './meta-parser';

const PAGE = '104523889012345';
const IG = '17841405822304914';

function parse(name: string): InboundEvent[] {
  return parseMetaDelivery(payloadJson(name));
}

describe('parseMetaDelivery: Messenger', () => {
  it('turns a text message into one messenger message with the provider timestamp in ms', () => {
    expect(parse('messenger-text.json')).toEqual([
      {
        kind: 'message',
        provider: 'meta',
        channel: 'messenger',
        providerMessageId:
          'm_Ab3kLm9QzXw2Tr8YpVn4HsUe1JdFg6Ci0Ko5Mq7Bt2Wx9Zy3Rv8Nl4Ph6Sj1Ga0Df5Ec7Ou2Ik9Hm3Lq8TwQ',
        accountId: PAGE,
        sender: { providerId: '6523987412365478' },
        text: 'Hoi! Mijn pakket is nog steeds niet bezorgd. Kunnen jullie even kijken? Bestelnummer 458921.',
        attachments: [],
        sentAt: new Date(1762338123456),
      },
    ]);
  });

  it('keeps image attachments as references', () => {
    const [event] = parse('messenger-attachment-image.json');
    expect(event).toMatchObject({ kind: 'message', channel: 'messenger', text: '' });
    if (event.kind !== 'message') throw new Error('expected message');
    expect(event.attachments).toHaveLength(1);
    expect(event.attachments[0].type).toBe('image');
    expect(event.attachments[0].url).toMatch(/^https:\/\/scontent\.xx\.fbcdn\.net\//);
    expect(event.sentAt).toEqual(new Date(1762338190052));
  });

  it('turns an echo of our own message into an echo with our outbound key', () => {
    expect(parse('messenger-echo.json')).toEqual([
      {
        kind: 'echo',
        provider: 'meta',
        channel: 'messenger',
        providerMessageId:
          'm_xT9bQ1rLk2VnP8sMw4HyZ0cJd6Fg3Ea5Ko7Ui1Bt2Wx9Zy3Rv8Nl4Ph6Sj1Ga0Df5Ec7Ou2Ik9Hm3Lq8TwZ',
        accountId: PAGE,
        recipientId: '6523987412365478',
        text: 'Hallo, excuses voor het ongemak! Je pakket ligt bij het sorteercentrum en wordt morgen bezorgd.',
        sentAt: new Date(1762338411875),
        outboundKey: '7f3c2a91-4b1e-4d7a-9c0e-2f5b8a6d1e34',
      },
    ]);
  });

  it('returns one message per entry in a batch, with decoded accents', () => {
    const events = parse('messenger-batch-2-entries.json');
    expect(events).toHaveLength(2);
    expect(
      events.map((e) => (e.kind === 'message' ? [e.sender.providerId, e.text, e.sentAt.getTime()] : e)),
    ).toEqual([
      ['6523987412365478', 'Top, dank je wel voor de snelle reactie!', 1762338499850],
      ['7109283746501928', 'Één vraag nog: kan ik ook met iDEAL betalen in de webshop?', 1762338500012],
    ]);
    expect(new Set(events.map(dedupeKey)).size).toBe(2);
  });

  it('turns a postback into a message with the button title', () => {
    expect(parse('messenger-postback.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        channel: 'messenger',
        providerMessageId:
          'm_Pb1Kz7Xn3Vq9Lm5Tw0Ys2Hr8Jc4Fd6Ge1Ai3Ko5Mq7Bt9Wx1Zy3Rv5Nl7Ph9Sj1Ga3Df5Ec7Ou9Ik1Hm3Lq5TwP',
        sender: { providerId: '7109283746501928' },
        text: 'Spreek een medewerker',
        attachments: [],
        sentAt: new Date(1762338600551),
      }),
    ]);
  });

  it('gives a postback without mid a stable id', () => {
    const body = {
      object: 'page',
      entry: [
        {
          id: PAGE,
          time: 1,
          messaging: [
            {
              sender: { id: 'p1' },
              recipient: { id: PAGE },
              timestamp: 1762338600551,
              postback: { payload: 'START' },
            },
          ],
        },
      ],
    };
    expect(parseMetaDelivery(body)).toEqual([
      expect.objectContaining({ providerMessageId: 'postback:p1:1762338600551', text: 'START' }),
    ]);
  });

  it('turns a read receipt into a read watermark', () => {
    expect(parse('messenger-read.json')).toEqual([
      {
        kind: 'read_watermark',
        provider: 'meta',
        accountId: PAGE,
        contactProviderId: '6523987412365478',
        watermark: new Date(1762338411875),
      },
    ]);
  });

  it('stores a standby message as a message marked standby', () => {
    expect(parse('messenger-standby.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        channel: 'messenger',
        sender: { providerId: '7109283746501928' },
        text: 'Hallo? Is er nog iemand?',
        standby: true,
        sentAt: new Date(1762338799964),
      }),
    ]);
  });

  it('turns a delivery receipt into delivered statuses for the named mids', () => {
    const body = {
      object: 'page',
      entry: [
        {
          id: PAGE,
          time: 1,
          messaging: [
            {
              sender: { id: 'p1' },
              recipient: { id: PAGE },
              timestamp: 1762338700000,
              delivery: { mids: ['m_1', 'm_2'], watermark: 1762338699000 },
            },
          ],
        },
      ],
    };
    expect(parseMetaDelivery(body)).toEqual([
      expect.objectContaining({ kind: 'status', providerMessageId: 'm_1', status: 'delivered' }),
      expect.objectContaining({ kind: 'status', providerMessageId: 'm_2', status: 'delivered' }),
    ]);
  });

  it('ignores unknown event kinds and unknown fields', () => {
    const body = {
      object: 'page',
      surprise: true,
      entry: [
        {
          id: PAGE,
          time: 1,
          extra: { nested: 1 },
          messaging: [
            {
              sender: { id: 'p1' },
              recipient: { id: PAGE },
              timestamp: 1,
              reaction: { mid: 'm', action: 'react' },
            },
            { optin: { ref: 'x' } },
            {
              sender: { id: 'p1' },
              recipient: { id: PAGE },
              timestamp: 5,
              message: { mid: 'm_x', text: 'hoi', future_field: 1 },
            },
          ],
        },
      ],
    };
    expect(parseMetaDelivery(body)).toEqual([
      expect.objectContaining({ providerMessageId: 'm_x', text: 'hoi' }),
    ]);
  });

  it('maps stickers, locations and shared links', () => {
    const body = {
      object: 'page',
      entry: [
        {
          id: PAGE,
          time: 1,
          messaging: [
            {
              sender: { id: 'p1' },
              recipient: { id: PAGE },
              timestamp: 5,
              reply_to: { mid: 'ignored-here' },
              message: {
                mid: 'm_y',
                reply_to: { mid: 'm_earlier' },
                attachments: [
                  { type: 'image', payload: { url: 'https://x/sticker.png', sticker_id: 369239263222822 } },
                  { type: 'location', payload: { coordinates: { lat: 52.09, long: 5.12 } } },
                  { type: 'fallback', payload: { url: 'https://example.org' } },
                  'not-an-object',
                ],
              },
            },
          ],
        },
      ],
    };
    const [event] = parseMetaDelivery(body);
    if (event.kind !== 'message') throw new Error('expected message');
    expect(event.replyToId).toBe('m_earlier');
    expect(event.attachments).toEqual([
      { type: 'sticker', url: 'https://x/sticker.png', providerType: 'image' },
      { type: 'location', url: 'geo:52.09,5.12' },
      { type: 'other', url: 'https://example.org', providerType: 'fallback' },
    ]);
  });
});

describe('parseMetaDelivery: Page comments', () => {
  it('turns a new comment into a facebook_comment message on the post, timestamp in seconds', () => {
    expect(parse('page-feed-comment.json')).toEqual([
      {
        kind: 'message',
        provider: 'meta',
        channel: 'facebook_comment',
        providerMessageId: '122145678901234567_1187654321098765',
        accountId: PAGE,
        sender: { providerId: '7012345678901234', name: 'Sanne de Vries' },
        postId: '104523889012345_122145678901234567',
        text: 'Wanneer komt de winteractie weer terug? Ik had die vorig jaar gemist 😅',
        attachments: [],
        sentAt: new Date(1762338998 * 1000),
      },
    ]);
  });

  it('turns a reply by the page itself into an echo on the parent comment', () => {
    expect(parse('page-feed-comment-reply-by-page.json')).toEqual([
      {
        kind: 'echo',
        provider: 'meta',
        channel: 'facebook_comment',
        providerMessageId: '122145678901234567_1190011223344556',
        accountId: PAGE,
        recipientId: '122145678901234567_1187654321098765',
        postId: '104523889012345_122145678901234567',
        parentId: '122145678901234567_1187654321098765',
        text: 'Hoi Sanne! De winteractie start op 1 december. Houd onze pagina in de gaten 😉',
        sentAt: new Date(1762339309 * 1000),
      },
    ]);
  });

  it('keeps the parent of a reply by someone else', () => {
    const body = payloadJson('page-feed-comment-reply-by-page.json') as {
      entry: { changes: { value: { from: { id: string; name: string } } }[] }[];
    };
    body.entry[0].changes[0].value.from = { id: '7012345678901234', name: 'Sanne de Vries' };
    expect(parseMetaDelivery(body)).toEqual([
      expect.objectContaining({
        kind: 'message',
        parentId: '122145678901234567_1187654321098765',
        postId: '104523889012345_122145678901234567',
      }),
    ]);
  });

  it('turns a removed comment into a removed event', () => {
    expect(parse('page-feed-comment-remove.json')).toEqual([
      {
        kind: 'removed',
        provider: 'meta',
        providerMessageId: '122145678901234567_1187654321098765',
        at: new Date(1762340010 * 1000),
      },
    ]);
  });

  it('ignores edits, hides and non-comment feed items', () => {
    const change = (value: object) => ({
      object: 'page',
      entry: [{ id: PAGE, time: 1762340012, changes: [{ field: 'feed', value }] }],
    });
    expect(parseMetaDelivery(change({ item: 'comment', verb: 'edited', comment_id: 'c1' }))).toEqual([]);
    expect(parseMetaDelivery(change({ item: 'reaction', verb: 'add', reaction_type: 'like' }))).toEqual([]);
    expect(parseMetaDelivery(change({ item: 'status', verb: 'add' }))).toEqual([]);
    expect(
      parseMetaDelivery({
        object: 'page',
        entry: [{ id: PAGE, time: 1, changes: [{ field: 'ratings', value: {} }] }],
      }),
    ).toEqual([]);
  });
});

describe('parseMetaDelivery: Instagram', () => {
  it('turns a DM into an instagram_dm message', () => {
    expect(parse('instagram-dm.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        channel: 'instagram_dm',
        accountId: IG,
        sender: { providerId: '1190546381882716' },
        text: 'Hoi! Is deze jas ook in maat M verkrijgbaar?',
        sentAt: new Date(1762341100781),
      }),
    ]);
  });

  it('keeps a DM image as an attachment', () => {
    const [event] = parse('instagram-dm-image.json');
    expect(event).toMatchObject({ kind: 'message', channel: 'instagram_dm', text: '' });
    if (event.kind !== 'message') throw new Error('expected message');
    expect(event.attachments).toEqual([
      { type: 'image', url: expect.stringContaining('lookaside.fbsbx.com') },
    ]);
  });

  it('turns an Instagram echo into an echo', () => {
    expect(parse('instagram-dm-echo.json')).toEqual([
      expect.objectContaining({
        kind: 'echo',
        channel: 'instagram_dm',
        accountId: IG,
        recipientId: '1190546381882716',
        text: 'Hoi! Ja, maat M is op voorraad in zwart en olijfgroen.',
        sentAt: new Date(1762341250102),
      }),
    ]);
  });

  it('turns a story mention into a DM with a story_mention attachment', () => {
    const [event] = parse('instagram-story-mention.json');
    expect(event).toMatchObject({
      kind: 'message',
      channel: 'instagram_dm',
      sender: { providerId: '1190546381882716' },
      text: '',
      sentAt: new Date(1762341399658),
    });
    if (event.kind !== 'message') throw new Error('expected message');
    expect(event.attachments).toEqual([
      { type: 'other', providerType: 'story_mention', url: expect.stringContaining('lookaside.fbsbx.com') },
    ]);
  });

  it('turns a comment into an instagram_comment on the media, at the entry time in seconds', () => {
    expect(parse('instagram-comment.json')).toEqual([
      {
        kind: 'message',
        provider: 'meta',
        channel: 'instagram_comment',
        providerMessageId: '17912345678901234',
        accountId: IG,
        sender: { providerId: '1190546381882716', handle: 'sanne.devries' },
        postId: '18012345678901234',
        text: 'Prachtige foto! Is deze ook in het groen te koop? 💚',
        attachments: [],
        sentAt: new Date(1762341600 * 1000),
      },
    ]);
  });

  it('keeps the parent of a comment reply', () => {
    expect(parse('instagram-comment-reply.json')).toEqual([
      expect.objectContaining({
        kind: 'message',
        channel: 'instagram_comment',
        providerMessageId: '17923456789012345',
        parentId: '17912345678901234',
        postId: '18012345678901234',
        sender: { providerId: '1278456390012345', handle: 'pieter_bakker88' },
        sentAt: new Date(1762341720 * 1000),
      }),
    ]);
  });

  it('turns a comment by our own account into an echo', () => {
    const body = payloadJson('instagram-comment-reply.json') as {
      entry: { changes: { value: { from: { id: string; username: string } } }[] }[];
    };
    body.entry[0].changes[0].value.from = { id: IG, username: 'ourshop' };
    expect(parseMetaDelivery(body)).toEqual([
      expect.objectContaining({
        kind: 'echo',
        channel: 'instagram_comment',
        recipientId: '17912345678901234',
      }),
    ]);
  });

  it('turns an unsent DM into a removed event', () => {
    const body = {
      object: 'instagram',
      entry: [
        {
          id: IG,
          time: 1762341250777,
          messaging: [
            {
              sender: { id: 'u' },
              recipient: { id: IG },
              timestamp: 1762341250102,
              message: { mid: 'm1', is_deleted: true },
            },
          ],
        },
      ],
    };
    expect(parseMetaDelivery(body)).toEqual([
      { kind: 'removed', provider: 'meta', providerMessageId: 'm1', at: new Date(1762341250102) },
    ]);
  });
});

describe('parseMetaDelivery: malformed bodies', () => {
  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an array', []],
    ['no object', { entry: [] }],
    ['another object', { object: 'whatsapp_business_account', entry: [] }],
    ['entry missing', { object: 'page' }],
    ['entry not an array', { object: 'page', entry: {} }],
    ['entry item not an object', { object: 'page', entry: ['x'] }],
    ['entry id missing', { object: 'page', entry: [{ time: 1, messaging: [] }] }],
    ['entry id numeric', { object: 'page', entry: [{ id: 104523889012345, messaging: [] }] }],
    ['messaging not an array', { object: 'page', entry: [{ id: PAGE, messaging: {} }] }],
    [
      'message without mid',
      {
        object: 'page',
        entry: [
          {
            id: PAGE,
            messaging: [{ sender: { id: 'a' }, recipient: { id: PAGE }, timestamp: 1, message: {} }],
          },
        ],
      },
    ],
    [
      'message without sender',
      {
        object: 'page',
        entry: [{ id: PAGE, messaging: [{ recipient: { id: PAGE }, timestamp: 1, message: { mid: 'm' } }] }],
      },
    ],
    [
      'message without timestamp',
      {
        object: 'page',
        entry: [
          { id: PAGE, messaging: [{ sender: { id: 'a' }, recipient: { id: PAGE }, message: { mid: 'm' } }] },
        ],
      },
    ],
    [
      'feed comment without comment_id',
      {
        object: 'page',
        entry: [{ id: PAGE, changes: [{ field: 'feed', value: { item: 'comment', verb: 'add' } }] }],
      },
    ],
    ['feed change without value', { object: 'page', entry: [{ id: PAGE, changes: [{ field: 'feed' }] }] }],
  ])('rejects %s', (_label, body) => {
    expect(() => parseMetaDelivery(body)).toThrow(MalformedPayloadError);
  });

  it('accepts an empty entry list', () => {
    expect(parseMetaDelivery({ object: 'page', entry: [] })).toEqual([]);
  });
});
