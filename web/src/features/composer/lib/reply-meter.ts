import {
  type Channel,
  characterCount,
  type MessagingWindow,
  replyAllowance,
  replyLimitOf,
  smsSegments,
  type Visibility,
} from '@webcare/shared';

/** What the composer shows under a reply: the channel's length limit, SMS parts, the messaging window. */
export interface ReplyMeter {
  /** Characters used of the channel's own limit (X public replies: 280). */
  limit: { used: number; max: number; over: boolean } | null;
  /** SMS: how many parts the text is sent as. */
  sms: { segments: number; used: number; perSegment: number; unicode: boolean } | null;
  /** WhatsApp / Messenger / Instagram: what a reply may be now, and for how long. */
  window: {
    state: 'free' | 'human_agent' | 'template_only' | 'closed';
    /** Milliseconds left in the current state (0 once nothing is left). */
    leftMs: number;
  } | null;
}

export function replyMeter(
  channel: Channel,
  visibility: Visibility,
  text: string,
  window: MessagingWindow | null | undefined,
  now: Date = new Date(),
): ReplyMeter {
  const max = replyLimitOf(channel, visibility);
  const used = characterCount(text);
  const sms = channel === 'sms' ? smsSegments(text) : null;
  let windowMeter: ReplyMeter['window'] = null;
  if (window && visibility === 'private') {
    const state = replyAllowance(window, now);
    const until =
      state === 'free' ? window.closesAt : state === 'human_agent' ? window.humanAgentUntil : null;
    windowMeter = { state, leftMs: until ? Math.max(0, new Date(until).getTime() - now.getTime()) : 0 };
  }
  return {
    limit: { used, max, over: used > max },
    sms: sms
      ? {
          segments: text.length === 0 ? 0 : sms.segments,
          used: sms.used,
          perSegment: sms.perSegment,
          unicode: sms.encoding === 'ucs2',
        }
      : null,
    window: windowMeter,
  };
}

/** "3 u 12 min" / "3 h 12 min", "2 d 4 u": hours and minutes left, days past 48 hours. */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const minutes = Math.floor(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return { days: Math.floor(hours / 24), hours: hours % 24, minutes: 0 };
  return { days: 0, hours, minutes: minutes % 60 };
}

/** A template body with the values filled in so far; empty ones stay as `{{n}}`. */
export function fillTemplate(text: string, values: readonly string[]): string {
  return text.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, position: string) => {
    const value = values[Number(position) - 1];
    return value && value.trim() ? value : whole;
  });
}
