import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signature checks. Every check runs over the bytes exactly as the provider sent them:
 * re-serialising parsed JSON changes escapes (Meta sends `\u00eb`, not `ë`) and breaks the signature.
 */

/** Constant-time comparison of two strings; false when the lengths differ. */
function safeEqual(expected: string, actual: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(actual, 'utf8');
  if (a.length !== b.length) {
    return false;
  }
  return timingSafeEqual(a, b);
}

function usable(header: string | undefined, secret: string): header is string {
  return typeof header === 'string' && header.length > 0 && secret.length > 0;
}

/**
 * Meta (Messenger, Page feed, Instagram, WhatsApp Cloud API):
 * `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, raw body)>`.
 */
export function verifyMetaSignature(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  if (!usable(header, secret)) {
    return false;
  }
  const value = header.trim();
  if (!value.startsWith('sha256=')) {
    return false;
  }
  const expected = createHmac('sha256', secret).update(rawBody).digest('hex');
  // Hex digits are case-insensitive; Meta sends lower case.
  return safeEqual(expected, value.slice('sha256='.length).toLowerCase());
}

/**
 * What X sends as a crc_token: a short URL-safe random string (base64 of a UUID in X's own examples).
 * X signs delivery bodies and CRC answers with the same secret, so the answer to a token IS the signature
 * a body equal to that token would carry. Answering only tokens of this shape (no braces, quotes or
 * colons) means no answer can ever sign a JSON event.
 */
const X_CRC_TOKEN = /^[A-Za-z0-9_\-+/=]{8,128}$/;

export function isXCrcToken(value: unknown): value is string {
  return typeof value === 'string' && X_CRC_TOKEN.test(value);
}

/** X Account Activity challenge-response check: answer to `GET ?crc_token=`. */
export function xCrcResponse(crcToken: string, consumerSecret: string): { response_token: string } {
  const digest = createHmac('sha256', consumerSecret).update(crcToken, 'utf8').digest('base64');
  return { response_token: `sha256=${digest}` };
}

/**
 * X Account Activity: `x-twitter-webhooks-signature: sha256=<base64 HMAC-SHA256(consumer secret, raw body)>`.
 */
export function verifyXSignature(rawBody: Buffer, header: string | undefined, secret: string): boolean {
  if (!usable(header, secret)) {
    return false;
  }
  const value = header.trim();
  if (!value.startsWith('sha256=')) {
    return false;
  }
  const expected = createHmac('sha256', secret).update(rawBody).digest('base64');
  return safeEqual(expected, value.slice('sha256='.length));
}

/**
 * The string Twilio signs: the full URL it requested (scheme, host, path and query string) followed by
 * every POST parameter, sorted by name, as name immediately followed by value.
 */
export function twilioSigningString(url: string, params: Record<string, string>): string {
  const keys = Object.keys(params).sort();
  return keys.reduce((acc, key) => acc + key + params[key], url);
}

/**
 * Twilio: `X-Twilio-Signature: <base64 HMAC-SHA1(auth token, url + sorted params)>`.
 * `url` is the public URL Twilio called (PUBLIC_URL + path, with any query string); `params` are the
 * decoded form fields of a form-encoded POST.
 */
export function verifyTwilioSignature(
  url: string,
  params: Record<string, string>,
  header: string | undefined,
  authToken: string,
): boolean {
  if (!usable(header, authToken)) {
    return false;
  }
  const expected = createHmac('sha1', authToken)
    .update(twilioSigningString(url, params), 'utf8')
    .digest('base64');
  return safeEqual(expected, header.trim());
}
