/** Every channel a message can arrive on. */
export const CHANNELS = [
  'messenger',
  'facebook_comment',
  'instagram_dm',
  'instagram_comment',
  'whatsapp',
  'x_dm',
  'x_mention',
  'sms',
  'webchat',
] as const;
export type Channel = (typeof CHANNELS)[number];

export type Visibility = 'public' | 'private';

/** Public channels: anyone can read what is posted there. */
export const PUBLIC_CHANNELS: readonly Channel[] = ['facebook_comment', 'instagram_comment', 'x_mention'];

export function visibilityOf(channel: Channel): Visibility {
  return PUBLIC_CHANNELS.includes(channel) ? 'public' : 'private';
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** Who delivers a channel's messages; `webchat` is our own widget. */
export type Provider = 'meta' | 'whatsapp' | 'x' | 'twilio' | 'webchat';
