import { describe, expect, it } from 'vitest';
import { durationLabel, relativeTime } from '../time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('relativeTime', () => {
  // Noon, local time: far enough from midnight for the hour cases to stay on the same day.
  const now = new Date(2026, 2, 18, 12, 0, 0).getTime();
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says "nu" / "now" within the first minute', () => {
    expect(relativeTime(ago(20_000), now, 'nl')).toBe('nu');
    expect(relativeTime(ago(20_000), now, 'en')).toBe('now');
  });

  it('counts minutes, then hours on the same day', () => {
    expect(relativeTime(ago(5 * MINUTE), now, 'nl')).toBe('5 min');
    expect(relativeTime(ago(59 * MINUTE + 59_000), now, 'nl')).toBe('59 min');
    expect(relativeTime(ago(3 * HOUR), now, 'nl')).toBe('3 u');
  });

  it('says yesterday for the day before, then days, then a date', () => {
    const yesterday = new Date(2026, 2, 17, 23, 0).toISOString();
    expect(relativeTime(yesterday, now, 'nl')).toBe('gisteren');
    expect(relativeTime(new Date(2026, 2, 15, 9, 0).toISOString(), now, 'nl')).toBe('3 d');
    const longAgo = new Date(2026, 0, 2, 9, 0).toISOString();
    expect(relativeTime(longAgo, now, 'nl')).toBe('2 jan');
  });

  it('gives an empty string for a moment it cannot read', () => {
    expect(relativeTime('not a date', now, 'nl')).toBe('');
  });
});

describe('durationLabel', () => {
  it('rounds to minutes, at least one', () => {
    expect(durationLabel(10_000, 'nl')).toBe('1 min');
    expect(durationLabel(12 * MINUTE, 'nl')).toBe('12 min');
  });

  it('uses hours, then days, for either sign', () => {
    expect(durationLabel(-3 * HOUR, 'nl')).toBe('3 u');
    expect(durationLabel(50 * HOUR, 'nl')).toBe('2 d');
  });
});
