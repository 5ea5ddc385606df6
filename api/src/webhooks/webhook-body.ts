import type { Request } from 'express';
import { MalformedPayloadError, type InboundEvent } from '../channels/inbound-event';
import { WebhookMalformedException } from './webhook.exception';

/** The raw bytes as the provider sent them (express.raw runs for /webhooks; see main.ts). */
export function rawBodyOf(request: Request): Buffer {
  return Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
}

/** JSON.parse then the provider's parser; anything not in its format is a 400. */
export function parseJsonDelivery(raw: Buffer, parse: (body: unknown) => InboundEvent[]): InboundEvent[] {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new WebhookMalformedException('not valid JSON');
  }
  return parseOrReject(() => parse(body));
}

export function parseOrReject(parse: () => InboundEvent[]): InboundEvent[] {
  try {
    return parse();
  } catch (error) {
    if (error instanceof MalformedPayloadError) throw new WebhookMalformedException(error.message);
    throw error;
  }
}
