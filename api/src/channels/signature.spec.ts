import { createHmac } from 'node:crypto';
import {
  twilioSigningString,
  verifyMetaSignature,
  verifyTwilioSignature,
  verifyXSignature,
  isXCrcToken,
  xCrcResponse,
} from './signature';
import { payloadBytes, payloadForm, signatures, TEST_SECRETS } from './testing/payloads';

const all = signatures();
const metaFiles = Object.keys(all).filter((name) => all[name]['X-Hub-Signature-256'] !== undefined);
const xFiles = Object.keys(all).filter((name) => all[name]['x-twitter-webhooks-signature'] !== undefined);
const twilioFiles = Object.keys(all).filter((name) => all[name]['X-Twilio-Signature'] !== undefined);

/** Same bytes with one character changed in the middle. */
function tampered(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = Math.floor(copy.length / 2);
  copy[at] = copy[at] === 0x41 ? 0x42 : 0x41;
  return copy;
}

describe('verifyMetaSignature', () => {
  it('covers every Meta and WhatsApp payload', () => {
    expect(metaFiles.length).toBeGreaterThanOrEqual(24);
    expect(metaFiles).toEqual(expect.arrayContaining(['messenger-text.json', 'whatsapp-text.json']));
  });

  it.each(metaFiles)('accepts %s as sent', (name) => {
    expect(verifyMetaSignature(payloadBytes(name), all[name]['X-Hub-Signature-256'], TEST_SECRETS.meta)).toBe(
      true,
    );
  });

  it.each(metaFiles)('rejects %s when one byte changed', (name) => {
    expect(
      verifyMetaSignature(tampered(payloadBytes(name)), all[name]['X-Hub-Signature-256'], TEST_SECRETS.meta),
    ).toBe(false);
  });

  it('rejects a body re-serialised from parsed JSON (escaped accents become raw UTF-8)', () => {
    const name = 'messenger-batch-2-entries.json';
    const reserialised = Buffer.from(
      JSON.stringify(JSON.parse(payloadBytes(name).toString('utf8')), null, 2),
    );
    expect(verifyMetaSignature(reserialised, all[name]['X-Hub-Signature-256'], TEST_SECRETS.meta)).toBe(
      false,
    );
  });

  it('rejects a missing, empty or malformed header, and the wrong secret', () => {
    const body = payloadBytes('messenger-text.json');
    const header = all['messenger-text.json']['X-Hub-Signature-256'];
    expect(verifyMetaSignature(body, undefined, TEST_SECRETS.meta)).toBe(false);
    expect(verifyMetaSignature(body, '', TEST_SECRETS.meta)).toBe(false);
    expect(verifyMetaSignature(body, header.slice('sha256='.length), TEST_SECRETS.meta)).toBe(false);
    expect(verifyMetaSignature(body, 'sha256=abc', TEST_SECRETS.meta)).toBe(false);
    expect(verifyMetaSignature(body, all['messenger-text.json']['X-Hub-Signature'], TEST_SECRETS.meta)).toBe(
      false,
    );
    expect(verifyMetaSignature(body, header, 'another-secret')).toBe(false);
    expect(verifyMetaSignature(body, header, '')).toBe(false);
  });

  it('accepts upper-case hex', () => {
    const body = payloadBytes('messenger-text.json');
    const header = all['messenger-text.json']['X-Hub-Signature-256'];
    expect(verifyMetaSignature(body, `sha256=${header.slice(7).toUpperCase()}`, TEST_SECRETS.meta)).toBe(
      true,
    );
  });
});

describe('xCrcResponse', () => {
  it('answers the recorded challenge with the recorded token', () => {
    expect(xCrcResponse('ZTU3YWQ4NTYtNGJjZS00ZGQzLTk3ZDMtNWM1ZTZlZWQ3ODVm', TEST_SECRETS.x)).toEqual({
      response_token: all['x-crc-get.http'].response_token,
    });
  });
});

describe('isXCrcToken', () => {
  it('takes the short URL-safe tokens X sends', () => {
    expect(isXCrcToken('ZTU3YWQ4NTYtNGJjZS00ZGQzLTk3ZDMtNWM1ZTZlZWQ3ODVm')).toBe(true);
    expect(isXCrcToken('abc-DEF_123+/=')).toBe(true);
  });

  it('refuses anything a JSON event could be made of, and empty or huge tokens', () => {
    const forged = '{"for_user_id":"1","tweet_create_events":[]}';
    expect(isXCrcToken(forged)).toBe(false);
    expect(isXCrcToken('has space')).toBe(false);
    expect(isXCrcToken('short')).toBe(false);
    expect(isXCrcToken('a'.repeat(129))).toBe(false);
    expect(isXCrcToken(['a'.repeat(20)])).toBe(false);
  });

  it('so no answer to an accepted token verifies as a signature over a JSON body', () => {
    const body = Buffer.from('{"for_user_id":"1"}');
    const answer = xCrcResponse(body.toString(), TEST_SECRETS.x).response_token;
    // Only reachable if the token were answered; the shape check above refuses it first.
    expect(verifyXSignature(body, answer, TEST_SECRETS.x)).toBe(true);
    expect(isXCrcToken(body.toString())).toBe(false);
  });
});

describe('verifyXSignature', () => {
  it('covers every X payload', () => {
    expect(xFiles.sort()).toEqual([
      'x-dm-event-image.json',
      'x-dm-event.json',
      'x-dm-own-message-echo.json',
      'x-tweet-mention.json',
    ]);
  });

  it.each(xFiles)('accepts %s as sent', (name) => {
    expect(
      verifyXSignature(payloadBytes(name), all[name]['x-twitter-webhooks-signature'], TEST_SECRETS.x),
    ).toBe(true);
  });

  it.each(xFiles)('rejects %s when one byte changed', (name) => {
    expect(
      verifyXSignature(
        tampered(payloadBytes(name)),
        all[name]['x-twitter-webhooks-signature'],
        TEST_SECRETS.x,
      ),
    ).toBe(false);
  });

  it('rejects a missing header, a header without prefix and the wrong secret', () => {
    const body = payloadBytes('x-dm-event.json');
    const header = all['x-dm-event.json']['x-twitter-webhooks-signature'];
    expect(verifyXSignature(body, undefined, TEST_SECRETS.x)).toBe(false);
    expect(verifyXSignature(body, header.slice('sha256='.length), TEST_SECRETS.x)).toBe(false);
    expect(verifyXSignature(body, header, TEST_SECRETS.meta)).toBe(false);
  });
});

describe('verifyTwilioSignature', () => {
  it('covers both Twilio payloads', () => {
    expect(twilioFiles.sort()).toEqual(['twilio-sms.form', 'twilio-whatsapp.form']);
  });

  it.each(twilioFiles)('accepts %s for the URL it was posted to', (name) => {
    const url = all[name]._request.replace(/^POST /, '');
    expect(
      verifyTwilioSignature(url, payloadForm(name), all[name]['X-Twilio-Signature'], TEST_SECRETS.twilio),
    ).toBe(true);
  });

  it.each(twilioFiles)('rejects %s with a changed field, another URL or a missing header', (name) => {
    const url = all[name]._request.replace(/^POST /, '');
    const header = all[name]['X-Twilio-Signature'];
    const fields = payloadForm(name);
    expect(
      verifyTwilioSignature(url, { ...fields, Body: `${fields.Body}!` }, header, TEST_SECRETS.twilio),
    ).toBe(false);
    expect(verifyTwilioSignature(url, { ...fields, Extra: 'x' }, header, TEST_SECRETS.twilio)).toBe(false);
    expect(verifyTwilioSignature(`${url}?x=1`, fields, header, TEST_SECRETS.twilio)).toBe(false);
    expect(verifyTwilioSignature(url, fields, undefined, TEST_SECRETS.twilio)).toBe(false);
    expect(verifyTwilioSignature(url, fields, header, 'wrong-token')).toBe(false);
  });

  it('signs the URL followed by the fields sorted by name', () => {
    expect(twilioSigningString('https://example.org/hook', { b: '2', a: '1', B: '3' })).toBe(
      'https://example.org/hookB3a1b2',
    );
    const expected = createHmac('sha1', 'token').update('https://example.org/hooka1').digest('base64');
    expect(verifyTwilioSignature('https://example.org/hook', { a: '1' }, expected, 'token')).toBe(true);
  });
});
