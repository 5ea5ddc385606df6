import { MalformedPayloadError } from '../inbound-event';
import { payloadBytes, payloadJson } from '../testing/payloads';
import { parseXDelivery } from './x-parser';

const OUR = '1455667788990011223';
const SANNE = '987654321012345678';

describe('parseXDelivery: direct messages', () => {
  it('turns a DM into an x_dm message with the name and handle from users', () => {
    expect(parseXDelivery(payloadJson('x-dm-event.json'))).toEqual([
      {
        kind: 'message',
        provider: 'x',
        channel: 'x_dm',
        providerMessageId: '1986012345678901234',
        accountId: OUR,
        sender: { providerId: SANNE, name: 'Sanne de Vries', handle: 'sannedevries' },
        text: 'Hoi! Mijn fiets staat al twee weken bij jullie voor reparatie. Is er al nieuws?',
        attachments: [],
        sentAt: new Date(1762343001234),
      },
    ]);
  });

  it('keeps a DM photo as an attachment and drops its t.co link from the text', () => {
    expect(parseXDelivery(payloadJson('x-dm-event-image.json'))).toEqual([
      expect.objectContaining({
        kind: 'message',
        providerMessageId: '1986012399887766554',
        text: 'Dit is de schade aan het frame',
        attachments: [
          {
            type: 'image',
            url: 'https://ton.twitter.com/1.1/ton/data/dm/1986012399887766554/1986012388776655443/Gh7Kp2Lq.jpg',
          },
        ],
        sentAt: new Date(1762343080456),
      }),
    ]);
  });

  it('turns a DM sent by our own account into an echo', () => {
    expect(parseXDelivery(payloadJson('x-dm-own-message-echo.json'))).toEqual([
      {
        kind: 'echo',
        provider: 'x',
        channel: 'x_dm',
        providerMessageId: '1986012477665544332',
        accountId: OUR,
        recipientId: SANNE,
        text: 'Hoi Sanne, de onderdelen zijn binnen. Je fiets is donderdag klaar!',
        sentAt: new Date(1762343300777),
      },
    ]);
  });

  it('ignores typing and read indicators and other DM event types', () => {
    const body = {
      for_user_id: OUR,
      direct_message_indicate_typing_events: [{ created_timestamp: '1', sender_id: SANNE }],
      direct_message_mark_read_events: [{ created_timestamp: '1', sender_id: SANNE }],
      direct_message_events: [{ type: 'participants_join', id: '1' }],
      favorite_events: [{ id: 'x' }],
    };
    expect(parseXDelivery(body)).toEqual([]);
  });
});

describe('parseXDelivery: tweets', () => {
  it('turns a mention into an x_mention message using id_str, timestamp from timestamp_ms', () => {
    expect(parseXDelivery(payloadJson('x-tweet-mention.json'))).toEqual([
      {
        kind: 'message',
        provider: 'x',
        channel: 'x_mention',
        providerMessageId: '1986013345678901234',
        accountId: OUR,
        sender: { providerId: SANNE, name: 'Sanne de Vries', handle: 'sannedevries' },
        postId: '1986013345678901234',
        text: '@deketting_nl al 2 weken wachten op mijn fiets en niemand reageert op mijn mail 😡 #klantenservice',
        attachments: [],
        sentAt: new Date(1762343110123),
      },
    ]);
  });

  it('never reads numeric ids, which lose precision', () => {
    const raw = payloadBytes('x-tweet-mention.json').toString('utf8');
    expect(raw).toContain('"id": 1986013345678901234');
    // eslint-disable-next-line no-loss-of-precision -- X ids exceed 2^53: this shows why only *_str is read
    expect(String(1986013345678901234)).not.toBe('1986013345678901234');
    const [event] = parseXDelivery(JSON.parse(raw));
    expect(event).toMatchObject({ providerMessageId: '1986013345678901234' });
  });

  it('keeps the tweet replied to, takes the full text of long tweets and skips retweets', () => {
    const base = payloadJson('x-tweet-mention.json') as { tweet_create_events: Record<string, unknown>[] };
    const reply = {
      ...base.tweet_create_events[0],
      id_str: '2000000000000000001',
      in_reply_to_status_id_str: '1999999999999999999',
      truncated: true,
      extended_tweet: {
        full_text: 'Lange tekst',
        extended_entities: {
          media: [{ type: 'photo', media_url_https: 'https://pbs.twimg.com/media/x.jpg' }],
        },
      },
    };
    const retweet = { ...base.tweet_create_events[0], id_str: '3', retweeted_status: { id_str: '1' } };
    const events = parseXDelivery({ ...base, tweet_create_events: [reply, retweet] });
    expect(events).toEqual([
      expect.objectContaining({
        providerMessageId: '2000000000000000001',
        postId: '1999999999999999999',
        parentId: '1999999999999999999',
        text: 'Lange tekst',
        attachments: [{ type: 'image', url: 'https://pbs.twimg.com/media/x.jpg' }],
      }),
    ]);
  });

  it('turns our own tweet into an echo', () => {
    const base = payloadJson('x-tweet-mention.json') as { tweet_create_events: Record<string, unknown>[] };
    const own = {
      ...base.tweet_create_events[0],
      id_str: '4000000000000000004',
      text: '@sannedevries we kijken ernaar!',
      in_reply_to_status_id_str: '1986013345678901234',
      in_reply_to_user_id_str: SANNE,
      user: { id_str: OUR, screen_name: 'deketting_nl' },
    };
    expect(parseXDelivery({ for_user_id: OUR, tweet_create_events: [own] })).toEqual([
      {
        kind: 'echo',
        provider: 'x',
        channel: 'x_mention',
        providerMessageId: '4000000000000000004',
        accountId: OUR,
        recipientId: SANNE,
        postId: '1986013345678901234',
        parentId: '1986013345678901234',
        text: '@sannedevries we kijken ernaar!',
        sentAt: new Date(1762343110123),
      },
    ]);
  });

  it('falls back to created_at when timestamp_ms is missing', () => {
    const base = payloadJson('x-tweet-mention.json') as { tweet_create_events: Record<string, unknown>[] };
    const tweet = { ...base.tweet_create_events[0] };
    delete tweet.timestamp_ms;
    const [event] = parseXDelivery({ for_user_id: OUR, tweet_create_events: [tweet] });
    expect(event).toMatchObject({ sentAt: new Date('2025-11-05T11:45:10Z') });
  });

  it('turns a deleted tweet into a removed event', () => {
    const body = {
      for_user_id: OUR,
      tweet_delete_events: [
        { status: { id: '1986013345678901234', user_id: SANNE }, timestamp_ms: '1762343999000' },
      ],
    };
    expect(parseXDelivery(body)).toEqual([
      {
        kind: 'removed',
        provider: 'x',
        providerMessageId: '1986013345678901234',
        at: new Date(1762343999000),
      },
    ]);
  });

  it('returns every event of a delivery with several', () => {
    const dm = payloadJson('x-dm-event.json') as { direct_message_events: object[]; users: object };
    const mention = payloadJson('x-tweet-mention.json') as { tweet_create_events: object[] };
    const events = parseXDelivery({
      for_user_id: OUR,
      users: dm.users,
      direct_message_events: [...dm.direct_message_events, ...dm.direct_message_events],
      tweet_create_events: mention.tweet_create_events,
    });
    expect(events.map((e) => e.kind === 'message' && e.channel)).toEqual(['x_dm', 'x_dm', 'x_mention']);
  });
});

describe('parseXDelivery: malformed bodies', () => {
  it.each([
    ['not an object', 'x'],
    ['without for_user_id', { direct_message_events: [] }],
    // eslint-disable-next-line no-loss-of-precision -- X ids exceed 2^53: this shows why only *_str is read
    ['with a numeric for_user_id', { for_user_id: 1455667788990011223, direct_message_events: [] }],
    ['events not an array', { for_user_id: OUR, direct_message_events: {} }],
    [
      'a DM without id',
      { for_user_id: OUR, direct_message_events: [{ type: 'message_create', created_timestamp: '1' }] },
    ],
    [
      'a DM without sender',
      {
        for_user_id: OUR,
        direct_message_events: [
          {
            type: 'message_create',
            id: '1',
            created_timestamp: '1',
            message_create: { target: { recipient_id: OUR } },
          },
        ],
      },
    ],
    [
      'a tweet with only a numeric id',
      { for_user_id: OUR, tweet_create_events: [{ id: 1, user: { id_str: '2' } }] },
    ],
    ['a tweet without user', { for_user_id: OUR, tweet_create_events: [{ id_str: '1', timestamp_ms: '1' }] }],
  ])('rejects %s', (_label, body) => {
    expect(() => parseXDelivery(body)).toThrow(MalformedPayloadError);
  });

  it('accepts an authorisation revoked notice without events', () => {
    expect(parseXDelivery({ user_event: { revoke: { date_time: '2025-11-05T11:00:00+0000' } } })).toEqual([]);
  });
});
