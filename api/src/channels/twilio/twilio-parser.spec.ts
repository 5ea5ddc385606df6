import { MalformedPayloadError } from '../inbound-event';
import { payloadBytes, payloadForm } from '../testing/payloads';
import { parseTwilioDelivery, twilioFormFields } from './twilio-parser';

const AT = new Date('2025-11-05T12:00:00Z');

describe('parseTwilioDelivery', () => {
  it('turns an SMS into an sms message on our Twilio number', () => {
    expect(parseTwilioDelivery(payloadForm('twilio-sms.form'), AT)).toEqual([
      {
        kind: 'message',
        provider: 'twilio',
        channel: 'sms',
        providerMessageId: 'SM8b1f2e3d4c5a69788a7b6c5d4e3f2a1b',
        accountId: '+3197010253123',
        sender: { providerId: '+31612345678' },
        text: 'Hoi, kunnen jullie mijn bestelling 458921 annuleren? Groet, Sanne',
        attachments: [],
        sentAt: AT,
      },
    ]);
  });

  it('turns a WhatsApp message with a photo into a whatsapp message', () => {
    expect(parseTwilioDelivery(payloadForm('twilio-whatsapp.form'), AT)).toEqual([
      {
        kind: 'message',
        provider: 'twilio',
        channel: 'whatsapp',
        providerMessageId: 'MM4c2b1a0f9e8d7c6b5a4938271605f4e3',
        accountId: '+31201234567',
        sender: { providerId: '+31612345678', name: 'Sanne de Vries' },
        text: 'Hier is de foto van de kapotte verpakking',
        attachments: [
          {
            type: 'image',
            mimeType: 'image/jpeg',
            url: 'https://api.twilio.com/2010-04-01/Accounts/AC3f1e2d4c5b6a79881726354a5b6c7d8e/Messages/MM4c2b1a0f9e8d7c6b5a4938271605f4e3/Media/ME0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d',
          },
        ],
        sentAt: AT,
      },
    ]);
  });

  it('reads the raw form, bytes, URLSearchParams and body-parser objects alike', () => {
    const raw = payloadBytes('twilio-sms.form');
    const expected = parseTwilioDelivery(payloadForm('twilio-sms.form'), AT);
    expect(parseTwilioDelivery(raw, AT)).toEqual(expected);
    expect(parseTwilioDelivery(raw.toString('utf8'), AT)).toEqual(expected);
    expect(parseTwilioDelivery(new URLSearchParams(raw.toString('utf8')), AT)).toEqual(expected);
    expect(twilioFormFields({ A: ['1', '2'], B: 3, C: { nested: true } })).toEqual({ A: '1', B: '3' });
  });

  it('uses the time of arrival, since Twilio sends none', () => {
    const before = Date.now();
    const [event] = parseTwilioDelivery(payloadForm('twilio-sms.form'));
    expect(event.kind === 'message' && event.sentAt.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('maps video, audio, documents and a shared location', () => {
    const [event] = parseTwilioDelivery(
      {
        MessageSid: 'MM1',
        From: 'whatsapp:+31612345678',
        To: 'whatsapp:+31201234567',
        Body: '',
        NumMedia: '3',
        MediaUrl0: 'https://api.twilio.com/m0',
        MediaContentType0: 'video/mp4',
        MediaUrl1: 'https://api.twilio.com/m1',
        MediaContentType1: 'audio/ogg',
        MediaUrl2: 'https://api.twilio.com/m2',
        MediaContentType2: 'application/pdf',
        Latitude: '52.09',
        Longitude: '5.12',
      },
      AT,
    );
    expect(event).toMatchObject({
      text: '',
      attachments: [
        { type: 'video', url: 'https://api.twilio.com/m0' },
        { type: 'audio', url: 'https://api.twilio.com/m1' },
        { type: 'file', url: 'https://api.twilio.com/m2', mimeType: 'application/pdf' },
        { type: 'location', url: 'geo:52.09,5.12' },
      ],
    });
  });

  it('turns status callbacks into statuses and explains failures', () => {
    const callback = (status: string, extra: object = {}) =>
      parseTwilioDelivery(
        {
          MessageSid: 'SM1',
          MessageStatus: status,
          From: 'whatsapp:+31201234567',
          To: 'whatsapp:+31612345678',
          ...extra,
        },
        AT,
      );
    expect(callback('delivered')).toEqual([
      {
        kind: 'status',
        provider: 'twilio',
        providerMessageId: 'SM1',
        status: 'delivered',
        at: AT,
        accountId: '+31201234567',
        recipientId: '+31612345678',
      },
    ]);
    expect(callback('read')).toEqual([expect.objectContaining({ status: 'read' })]);
    expect(callback('undelivered', { ErrorCode: '63016' })).toEqual([
      expect.objectContaining({
        status: 'failed',
        errorCode: '63016',
        error: "more than 24 hours since the person's last message: send a template or call back",
      }),
    ]);
    expect(callback('failed', { ErrorCode: '12345' })).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: 'the message could not be delivered (Twilio error 12345)',
      }),
    ]);
    expect(callback('queued')).toEqual([]);
    expect(callback('sending')).toEqual([]);
  });

  it.each([
    ['a number', 12],
    ['null', null],
    ['no MessageSid', { From: '+316', To: '+319', Body: 'x' }],
    ['no From', { MessageSid: 'SM1', To: '+319', Body: 'x' }],
    ['no To', { MessageSid: 'SM1', From: '+316', Body: 'x' }],
    ['an empty form', ''],
  ])('rejects %s', (_label, body) => {
    expect(() => parseTwilioDelivery(body, AT)).toThrow(MalformedPayloadError);
  });
});
