import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, TEST_SECRETS } from './app';

/** The providers' wire-format examples, kept in the repository as test fixtures. */
export const PAYLOAD_DIR = path.resolve(REPO_ROOT, 'test/fixtures/payloads');

export function payload(name: string): Buffer {
  return readFileSync(path.join(PAYLOAD_DIR, name));
}

export function signatures(): Record<string, Record<string, string>> {
  return JSON.parse(readFileSync(path.join(PAYLOAD_DIR, '_signatures.json'), 'utf8'));
}

export function metaSign(body: Buffer | string, secret = TEST_SECRETS.META_APP_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function xSign(body: Buffer | string, secret = TEST_SECRETS.X_CONSUMER_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('base64')}`;
}

/** Posts a body to a webhook exactly as given, with the headers given. */
export async function postWebhook(
  baseUrl: string,
  route: string,
  body: Buffer | string,
  headers: Record<string, string>,
) {
  const response = await fetch(`${baseUrl}${route}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, text: await response.text() };
}

export function postMeta(
  baseUrl: string,
  route: '/webhooks/meta' | '/webhooks/whatsapp',
  body: Buffer | string,
) {
  return postWebhook(baseUrl, route, body, {
    'content-type': 'application/json',
    'x-hub-signature-256': metaSign(body),
  });
}

/** Meta's ensure_ascii JSON: non-ASCII as \uXXXX, as on the wire. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
