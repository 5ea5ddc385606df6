import { describe, expect, it } from 'vitest';
import { formatPct, formatSeconds } from '../lib/format';
import { periodsToText, textToPeriods } from '../lib/opening-hours';
import { daysOf, lastDays } from '../lib/period';

describe('formatSeconds', () => {
  it('writes seconds, minutes, hours and days, Dutch and English', () => {
    expect(formatSeconds(45, 'nl')).toBe('45 s');
    expect(formatSeconds(12 * 60, 'nl')).toBe('12 min');
    expect(formatSeconds(2 * 3600 + 5 * 60, 'nl')).toBe('2 u 05');
    expect(formatSeconds(2 * 3600 + 5 * 60, 'en')).toBe('2 h 05');
    expect(formatSeconds(3 * 86_400 + 4 * 3600, 'nl')).toBe('3 d 4 u');
    expect(formatSeconds(null, 'nl')).toBe('–');
  });

  it('writes a percentage the Dutch way', () => {
    expect(formatPct(92.25)).toBe('92,3%');
    expect(formatPct(null)).toBe('–');
  });
});

describe('opening hours', () => {
  it('reads and writes "08:30-12:00, 13:00-17:00"', () => {
    const periods = textToPeriods('08:30-12:00, 13:00–17:00');
    expect(periods).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(periodsToText(periods ?? [])).toBe('08:30-12:00, 13:00-17:00');
  });

  it('takes an empty day as closed and refuses anything else', () => {
    expect(textToPeriods('  ')).toEqual([]);
    expect(textToPeriods('9-17')).toBeNull();
    expect(periodsToText(undefined)).toBe('');
  });
});

describe('periods', () => {
  it('covers the last days up to the end of today, one chart day each', () => {
    const period = lastDays(7, new Date(2026, 2, 18, 15, 30));
    expect(new Date(period.to)).toEqual(new Date(2026, 2, 19));
    expect(new Date(period.from)).toEqual(new Date(2026, 2, 12));
    expect(daysOf(period)).toEqual([
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
      '2026-03-17',
      '2026-03-18',
    ]);
  });
});
