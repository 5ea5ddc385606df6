import { MalformedPayloadError } from './inbound-event';

/** Small readers for untrusted webhook JSON: unknown fields are ignored, required ones are checked. */

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function requireObject(value: unknown, what: string): JsonObject {
  if (!isObject(value)) {
    throw new MalformedPayloadError(`${what} is not an object`);
  }
  return value;
}

/** An array field that may be absent (→ empty) but, when present, must be an array. */
export function optionalArray(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value)) {
    throw new MalformedPayloadError(`${what} is not an array`);
  }
  return value;
}

export function requireArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) {
    throw new MalformedPayloadError(`${what} is not an array`);
  }
  return value;
}

/** A non-empty id. Numbers are refused: provider ids can exceed what a JavaScript number holds. */
export function requireId(value: unknown, what: string): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new MalformedPayloadError(`${what} is missing`);
  }
  return value;
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** A timestamp given as a number or a numeric string, in seconds or milliseconds as `unit` says. */
export function requireTime(value: unknown, unit: 's' | 'ms', what: string): Date {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\d+$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isFinite(n) || n < 0) {
    throw new MalformedPayloadError(`${what} is not a timestamp`);
  }
  return plausibleTime(new Date(unit === 's' ? n * 1000 : n), what);
}

/** How far ahead of our clock a provider's time may be (clock skew), not more. */
const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * A provider time that can be real: from 1970 up to a day ahead of our clock. Anything else (beyond the
 * JavaScript date range, the year 2243) is refused with 400 at intake, never accepted and then lost.
 */
export function plausibleTime(date: Date, what: string, now = Date.now()): Date {
  const at = date.getTime();
  if (!Number.isFinite(at) || at < 0 || at > now + MAX_CLOCK_AHEAD_MS) {
    throw new MalformedPayloadError(`${what} is not a possible time`);
  }
  return date;
}

/**
 * Meta's `entry.time` is milliseconds for messaging entries and seconds for change entries; tell them
 * apart by size (seconds stay below 1e12 until the year 33658).
 */
export function metaEntryTime(value: unknown, what: string): Date {
  const probe = typeof value === 'string' ? Number(value) : value;
  return requireTime(value, typeof probe === 'number' && probe < 1e12 ? 's' : 'ms', what);
}
