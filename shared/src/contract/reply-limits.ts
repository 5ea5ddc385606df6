import type { Channel, Provider } from './channels';

/** The most characters X takes in one post (a public reply to a mention). */
export const X_POST_LIMIT = 280;

/** Characters of a public reply, as X counts them roughly: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  return [...text].length;
}

/** The most characters the inbox takes in one reply on any channel. */
export const MAX_REPLY_CHARACTERS = 2000;

/**
 * Characters each channel takes in one message, as its provider documents them: Messenger 2000,
 * Instagram DM 1000, Instagram comment 2200, Facebook comment 8000, WhatsApp 4096, X DM 10000,
 * SMS 1600 (Twilio's maximum over all parts), web chat our own bound.
 */
const CHANNEL_LIMITS: Record<Channel, number> = {
  messenger: 2000,
  facebook_comment: 8000,
  instagram_dm: 1000,
  instagram_comment: 2200,
  whatsapp: 4096,
  x_dm: 10_000,
  x_mention: 10_000,
  sms: 1600,
  webchat: MAX_REPLY_CHARACTERS,
};

/** Characters a channel takes in one reply: its own limit, and never more than the inbox's bound. */
export function replyLimitOf(channel: Channel, visibility: 'public' | 'private'): number {
  if (channel === 'x_mention' && visibility === 'public') return X_POST_LIMIT;
  return Math.min(CHANNEL_LIMITS[channel], MAX_REPLY_CHARACTERS);
}

// GSM 03.38: the basic set, and the extension set whose characters take two septets.
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

export interface SmsSegments {
  /** `gsm7` when every character is in the GSM alphabet, otherwise `ucs2` (fewer characters per part). */
  encoding: 'gsm7' | 'ucs2';
  /** How many SMS parts the text is sent as (each billed). */
  segments: number;
  /** Characters (GSM septets or UTF-16 units) used, and how many fit in the parts used. */
  used: number;
  perSegment: number;
}

/**
 * How many SMS parts a text takes: GSM-7 holds 160 septets in one part and 153 per part when split
 * (extension characters such as € take two); anything outside the GSM alphabet switches the whole text
 * to UCS-2: 70 UTF-16 units in one part, 67 per part.
 */
export function smsSegments(text: string): SmsSegments {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (GSM_BASIC.includes(char)) septets += 1;
    else if (GSM_EXTENDED.includes(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const segments = septets <= 160 ? 1 : Math.ceil(septets / 153);
    return { encoding: 'gsm7', segments, used: septets, perSegment: segments === 1 ? 160 : 153 };
  }
  const units = text.length;
  const segments = units <= 70 ? 1 : Math.ceil(units / 67);
  return { encoding: 'ucs2', segments, used: units, perSegment: segments === 1 ? 70 : 67 };
}

const HOUR = 3600_000;

/**
 * The time a reply may be sent in after the person's last message: WhatsApp (Cloud API and Twilio)
 * allows free text for 24 hours, then only an approved template; Messenger and Instagram allow 24 hours
 * as standard and 7 days with the HUMAN_AGENT tag, then nothing. Other channels have no window.
 */
export interface MessagingWindow {
  /** Free text allowed until (24 hours after the last message from the person). */
  closesAt: string;
  /** Messenger/Instagram: a human agent may still answer with the HUMAN_AGENT tag until. */
  humanAgentUntil: string | null;
  /** After `closesAt` (and `humanAgentUntil`): a template (WhatsApp) or nothing (Meta). */
  afterwards: 'template' | 'none';
}

export function messagingWindowOf(
  channel: Channel,
  lastInboundAt: Date | string | null,
  _provider?: Provider,
): MessagingWindow | null {
  if (!lastInboundAt) return null;
  const last = new Date(lastInboundAt).getTime();
  if (Number.isNaN(last)) return null;
  if (channel === 'whatsapp') {
    return {
      closesAt: new Date(last + 24 * HOUR).toISOString(),
      humanAgentUntil: null,
      afterwards: 'template',
    };
  }
  if (channel === 'messenger' || channel === 'instagram_dm') {
    return {
      closesAt: new Date(last + 24 * HOUR).toISOString(),
      humanAgentUntil: new Date(last + 7 * 24 * HOUR).toISOString(),
      afterwards: 'none',
    };
  }
  return null;
}

/** What a reply sent now may be: free text, free text with the HUMAN_AGENT tag, a template, or nothing. */
export function replyAllowance(
  window: MessagingWindow | null,
  now: Date = new Date(),
): 'free' | 'human_agent' | 'template_only' | 'closed' {
  if (!window) return 'free';
  const t = now.getTime();
  if (t < new Date(window.closesAt).getTime()) return 'free';
  if (window.humanAgentUntil && t < new Date(window.humanAgentUntil).getTime()) return 'human_agent';
  return window.afterwards === 'template' ? 'template_only' : 'closed';
}
