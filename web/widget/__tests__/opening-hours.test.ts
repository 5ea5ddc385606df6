import { describe, expect, it } from 'vitest';
import { formatWeek } from '../opening-hours';
import { pageLanguage, stringsFor } from '../strings';

const DAYS = stringsFor('nl').days;

describe('formatWeek', () => {
  it('writes consecutive days with the same hours together', () => {
    const office = [{ start: '08:30', end: '17:00' }];
    expect(formatWeek({ mon: office, tue: office, wed: office, thu: office, fri: office }, DAYS)).toBe(
      'ma–vr 08:30–17:00',
    );
  });

  it('keeps days with other hours, split periods and gaps apart', () => {
    const day = [{ start: '09:00', end: '17:00' }];
    expect(
      formatWeek(
        {
          mon: day,
          tue: day,
          wed: [
            { start: '09:00', end: '12:00' },
            { start: '13:00', end: '17:00' },
          ],
          fri: day,
          sat: [{ start: '10:00', end: '14:00' }],
        },
        DAYS,
      ),
    ).toBe('ma–di 09:00–17:00, wo 09:00–12:00, 13:00–17:00, vr 09:00–17:00, za 10:00–14:00');
  });

  it('says nothing for a week without hours', () => {
    expect(formatWeek({}, DAYS)).toBe('');
  });
});

describe('pageLanguage', () => {
  it('reads nl and en with regions, and nothing else', () => {
    expect(pageLanguage('en-GB')).toBe('en');
    expect(pageLanguage('nl-BE')).toBe('nl');
    expect(pageLanguage('fr')).toBeNull();
    expect(pageLanguage(undefined)).toBeNull();
  });

  it('words the message limit in both languages', () => {
    expect(stringsFor('nl').tooLong(2000)).toContain('maximaal 2000 tekens');
    expect(stringsFor('en').tooLong(2000)).toContain('at most 2000 characters');
  });
});
