import { MalformedPayloadError, type InboundEvent } from '../channels/inbound-event';
import { WebhookMalformedException } from './webhook.exception';

/** JSON.parse then the provider's parser; anything not in its format is a 400. */
export function parseJsonDelivery(raw: Buffer, parse: (body: unknown) => InboundEvent[]): InboundEvent[] {
  const text = raw.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new WebhookMalformedException('not valid JSON');
  }
  // Most deliveries have nothing to clean: the walk that rebuilds every object runs only when needed.
  const clean = MAYBE_UNSTORABLE.test(text) ? storableStrings(body) : body;
  return parseOrReject(() => parse(clean));
}

/**
 * In parsed JSON a NUL or a surrogate half can only come from a \u escape: raw control characters are
 * not valid JSON, and decoding UTF-8 never yields a surrogate. Pairs match too (emoji); they are kept.
 */
const MAYBE_UNSTORABLE = /\\u(?:0000|[dD][89a-fA-F])/;

/**
 * Text PostgreSQL can store: NUL characters removed, lone surrogate halves (not text in any encoding)
 * replaced by U+FFFD. A signed delivery carrying them is stored, never refused on every retry.
 */
export function storableText(value: string): string {
  const noNul = value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  return noNul.replace(LONE_SURROGATE, '\uFFFD');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `storableText` applied to every string (and key) of parsed JSON. */
export function storableStrings(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storableStrings);
  if (typeof value === 'object' && value !== null) {
    // fromEntries defines own properties: a "__proto__" key stays a key.
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [storableText(key), storableStrings(inner)]),
    );
  }
  return value;
}

export function parseOrReject(parse: () => InboundEvent[]): InboundEvent[] {
  try {
    return parse();
  } catch (error) {
    if (error instanceof MalformedPayloadError) throw new WebhookMalformedException(error.message);
    throw error;
  }
}
