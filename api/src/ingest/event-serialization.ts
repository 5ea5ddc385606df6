import type { InboundEvent } from '../channels/inbound-event';

const DATE_FIELDS = ['sentAt', 'at', 'watermark'] as const;

/** Events are stored as JSON: dates become ISO strings on the way in and Dates on the way out. */
export function serializeEvent(event: InboundEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { ...event };
  for (const field of DATE_FIELDS) {
    const value = out[field];
    if (value instanceof Date) out[field] = value.toISOString();
  }
  return out;
}

export function deserializeEvent(payload: Record<string, unknown>): InboundEvent {
  const out: Record<string, unknown> = { ...payload };
  for (const field of DATE_FIELDS) {
    const value = out[field];
    if (typeof value === 'string') out[field] = new Date(value);
  }
  return out as unknown as InboundEvent;
}
