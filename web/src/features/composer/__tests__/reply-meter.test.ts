import { describe, expect, it } from 'vitest';
import { messagingWindowOf } from '@webcare/shared';
import { durationParts, fillTemplate, replyMeter } from '../lib/reply-meter';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('replyMeter', () => {
  it('counts a public X reply against 280 characters', () => {
    expect(replyMeter('x_mention', 'public', 'a'.repeat(281), null, NOW).limit).toEqual({
      used: 281,
      max: 280,
      over: true,
    });
    expect(replyMeter('x_mention', 'private', 'a'.repeat(281), null, NOW).limit).toEqual({
      used: 281,
      max: 2000,
      over: false,
    });
  });

  it("counts every channel against its own limit (Instagram DM 1000, SMS 1600, others the inbox's 2000)", () => {
    expect(replyMeter('instagram_dm', 'private', 'a'.repeat(1001), null, NOW).limit).toEqual({
      used: 1001,
      max: 1000,
      over: true,
    });
    expect(replyMeter('sms', 'private', 'a'.repeat(10), null, NOW).limit?.max).toBe(1600);
    expect(replyMeter('whatsapp', 'private', 'a'.repeat(5400), null, NOW).limit).toEqual({
      used: 5400,
      max: 2000,
      over: true,
    });
  });

  it('shows SMS parts, fewer characters per part with an emoji', () => {
    expect(replyMeter('sms', 'private', 'a'.repeat(160), null, NOW).sms?.segments).toBe(1);
    expect(replyMeter('sms', 'private', 'a'.repeat(161), null, NOW).sms?.segments).toBe(2);
    expect(replyMeter('sms', 'private', `${'a'.repeat(70)}🙂`, null, NOW).sms).toMatchObject({
      segments: 2,
      unicode: true,
    });
    expect(replyMeter('sms', 'private', '€'.repeat(80), null, NOW).sms?.segments).toBe(1);
  });

  it('shows the time left in the WhatsApp window, then templates only', () => {
    const recent = messagingWindowOf('whatsapp', new Date(NOW.getTime() - 20 * 3600_000));
    expect(replyMeter('whatsapp', 'private', '', recent, NOW).window).toEqual({
      state: 'free',
      leftMs: 4 * 3600_000,
    });
    const old = messagingWindowOf('whatsapp', new Date(NOW.getTime() - 26 * 3600_000));
    expect(replyMeter('whatsapp', 'private', '', old, NOW).window?.state).toBe('template_only');
  });

  it('gives Messenger 7 days with the human-agent tag, then closes', () => {
    const three = messagingWindowOf('messenger', new Date(NOW.getTime() - 3 * 86400_000));
    expect(replyMeter('messenger', 'private', '', three, NOW).window).toEqual({
      state: 'human_agent',
      leftMs: 4 * 86400_000,
    });
    const eight = messagingWindowOf('messenger', new Date(NOW.getTime() - 8 * 86400_000));
    expect(replyMeter('messenger', 'private', '', eight, NOW).window?.state).toBe('closed');
  });

  it('words durations in hours and minutes, days past two days', () => {
    expect(durationParts(3 * 3600_000 + 12 * 60_000)).toEqual({ days: 0, hours: 3, minutes: 12 });
    expect(durationParts(100 * 3600_000)).toEqual({ days: 4, hours: 4, minutes: 0 });
  });
});

describe('fillTemplate', () => {
  it('fills what is given and leaves the rest visible', () => {
    expect(fillTemplate('Beste {{1}}, over {{2}}.', ['Sanne', ''])).toBe('Beste Sanne, over {{2}}.');
  });
});
