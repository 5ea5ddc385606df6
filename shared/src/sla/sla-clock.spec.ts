import {
  ALWAYS_OPEN,
  type BusinessCalendar,
  calendarProblems,
  DEFAULT_OFFICE_HOURS,
} from './business-calendar';
import { easterSunday, holidaysOf, isHoliday } from './holidays';
import {
  addBusinessTime,
  businessSecondsBetween,
  isOpenAt,
  timeZoneOffsetMs,
  zonedTimeToInstant,
} from './sla-clock';
import { slaStateAt } from './sla-state';

const at = (iso: string): Date => new Date(iso);
const HOUR = 3600;
const office = DEFAULT_OFFICE_HOURS;
const weekdays = (periods: { start: string; end: string }[]) => ({
  mon: periods,
  tue: periods,
  wed: periods,
  thu: periods,
  fri: periods,
});
const split: BusinessCalendar = {
  ...office,
  weekly: weekdays([
    { start: '08:30', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ]),
};
const flemish: BusinessCalendar = { ...office, timeZone: 'Europe/Brussels', holidays: ['BE'] };
const allDayEveryDay: BusinessCalendar = {
  ...office,
  holidays: [],
  weekly: {
    ...weekdays([{ start: '00:00', end: '24:00' }]),
    sat: [{ start: '00:00', end: '24:00' }],
    sun: [{ start: '00:00', end: '24:00' }],
  },
};

describe('time zone offsets', () => {
  it.each([
    ['2026-01-15T12:00:00Z', 'Europe/Amsterdam', 1],
    ['2026-07-15T12:00:00Z', 'Europe/Amsterdam', 2],
    ['2026-07-15T12:00:00Z', 'Europe/Brussels', 2],
    ['2026-03-29T00:59:59Z', 'Europe/Amsterdam', 1],
    ['2026-03-29T01:00:00Z', 'Europe/Amsterdam', 2],
    ['2026-10-25T00:59:59Z', 'Europe/Amsterdam', 2],
    ['2026-10-25T01:00:00Z', 'Europe/Amsterdam', 1],
    ['2026-03-08T12:00:00Z', 'America/New_York', -4],
    ['2026-01-01T00:00:00Z', 'UTC', 0],
  ])('%s in %s is UTC%+d', (iso, zone, hours) => {
    expect(timeZoneOffsetMs(at(iso).getTime(), zone)).toBe(hours * 3_600_000);
  });

  it('maps a local time to its instant in winter and summer', () => {
    expect(
      new Date(zonedTimeToInstant({ year: 2026, month: 1, day: 5 }, 510, 'Europe/Amsterdam')).toISOString(),
    ).toBe('2026-01-05T07:30:00.000Z');
    expect(
      new Date(zonedTimeToInstant({ year: 2026, month: 7, day: 6 }, 510, 'Europe/Amsterdam')).toISOString(),
    ).toBe('2026-07-06T06:30:00.000Z');
  });

  it('moves a local time skipped by the spring change forward', () => {
    // 02:30 on 29 March 2026 does not exist in Amsterdam: 03:30 CEST.
    expect(
      new Date(zonedTimeToInstant({ year: 2026, month: 3, day: 29 }, 150, 'Europe/Amsterdam')).toISOString(),
    ).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('Easter and public holidays', () => {
  it.each([
    [2008, 3, 23],
    [2011, 4, 24],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
  ])('Easter %d is %d/%d', (year, month, day) => {
    expect(easterSunday(year)).toEqual([month, day]);
  });

  it('lists the Dutch holidays of 2026', () => {
    expect(holidaysOf(2026, 'NL').map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('lists the Belgian holidays of 2026', () => {
    expect(holidaysOf(2026, 'BE').map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it.each([
    ['2025-04-26', true, 'Koningsdag moves to Saturday when 27 April is a Sunday'],
    ['2025-04-27', false, 'not on the Sunday itself'],
    ['2026-04-27', true, 'Koningsdag on a Monday'],
    ['2025-05-05', true, 'Bevrijdingsdag in a lustrum year'],
    ['2026-05-05', false, 'Bevrijdingsdag outside lustrum years'],
    ['2030-05-05', true, 'Bevrijdingsdag 2030'],
    ['2026-04-03', false, 'Goede Vrijdag is no general holiday'],
    ['2025-05-29', true, 'Hemelvaartsdag 2025'],
    ['2025-06-09', true, 'Tweede Pinksterdag 2025'],
    ['2026-12-26', true, 'Tweede Kerstdag'],
    ['2026-05-01', false, '1 May is no Dutch holiday'],
    ['2026-07-21', false, 'the Belgian national day is no Dutch holiday'],
  ])('NL %s holiday: %s (%s)', (date, expected) => {
    expect(isHoliday(date, ['NL'])).toBe(expected);
  });

  it.each([
    ['2026-05-01', true],
    ['2026-07-21', true],
    ['2026-08-15', true],
    ['2026-11-01', true],
    ['2026-11-11', true],
    ['2026-04-06', true],
    ['2026-05-25', true],
    ['2026-04-27', false],
    ['2026-12-26', false],
  ])('BE %s holiday: %s', (date, expected) => {
    expect(isHoliday(date, ['BE'])).toBe(expected);
  });
});

describe('addBusinessTime', () => {
  it.each([
    ['inside hours', '2026-01-05T08:00:00Z', HOUR, '2026-01-05T09:00:00.000Z'],
    ['before opening', '2026-01-05T06:00:00Z', HOUR / 2, '2026-01-05T08:00:00.000Z'],
    ['across the night', '2026-01-05T15:30:00Z', HOUR, '2026-01-06T08:00:00.000Z'],
    ['ending exactly at closing time', '2026-01-05T15:00:00Z', HOUR, '2026-01-05T16:00:00.000Z'],
    ['after closing on Friday', '2026-01-09T17:00:00Z', HOUR, '2026-01-12T08:30:00.000Z'],
    ['on a Saturday', '2026-01-10T10:00:00Z', HOUR, '2026-01-12T08:30:00.000Z'],
    ['a whole working day', '2026-01-05T07:30:00Z', 8.5 * HOUR, '2026-01-05T16:00:00.000Z'],
    ['more than a week', '2026-01-05T07:30:00Z', 6 * 8.5 * HOUR, '2026-01-12T16:00:00.000Z'],
    ['zero seconds', '2026-01-10T10:00:00Z', 0, '2026-01-10T10:00:00.000Z'],
    ['in summer time', '2026-07-06T06:30:00Z', HOUR, '2026-07-06T07:30:00.000Z'],
  ])('%s', (_name, start, seconds, expected) => {
    expect(addBusinessTime(at(start), seconds, office).toISOString()).toBe(expected);
  });

  it('skips the lunch break of split hours', () => {
    expect(addBusinessTime(at('2026-01-05T10:30:00Z'), HOUR, split).toISOString()).toBe(
      '2026-01-05T12:30:00.000Z',
    );
    // Starting during lunch counts from 13:00.
    expect(addBusinessTime(at('2026-01-05T11:15:00Z'), 15 * 60, split).toISOString()).toBe(
      '2026-01-05T12:15:00.000Z',
    );
    expect(addBusinessTime(at('2026-01-05T10:59:00Z'), 60, split).toISOString()).toBe(
      '2026-01-05T11:00:00.000Z',
    );
  });

  it('counts from the first opening after a long weekend of the spring clock change', () => {
    // Friday 27 March 2026 16:00 CET, two hours: one on Friday, one from Monday 08:30 CEST.
    expect(addBusinessTime(at('2026-03-27T15:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-03-30T07:30:00.000Z',
    );
  });

  it('counts from the first opening after the autumn clock change', () => {
    // Friday 23 October 2026 16:00 CEST, two hours: Monday 26 October 09:30 CET.
    expect(addBusinessTime(at('2026-10-23T14:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-10-26T08:30:00.000Z',
    );
  });

  it('counts 24x7 in real seconds across both clock changes', () => {
    expect(addBusinessTime(at('2026-03-28T23:00:00Z'), 4 * HOUR, ALWAYS_OPEN).toISOString()).toBe(
      '2026-03-29T03:00:00.000Z',
    );
    expect(addBusinessTime(at('2026-10-24T23:00:00Z'), 4 * HOUR, ALWAYS_OPEN).toISOString()).toBe(
      '2026-10-25T03:00:00.000Z',
    );
  });

  it('counts a 00:00–24:00 calendar over the short and the long day', () => {
    expect(addBusinessTime(at('2026-03-28T23:00:00Z'), 23 * HOUR, allDayEveryDay).toISOString()).toBe(
      '2026-03-29T22:00:00.000Z',
    );
    expect(addBusinessTime(at('2026-10-24T22:00:00Z'), 25 * HOUR, allDayEveryDay).toISOString()).toBe(
      '2026-10-25T23:00:00.000Z',
    );
  });

  it('skips Dutch holidays: Koningsdag, Easter, Christmas', () => {
    expect(addBusinessTime(at('2026-04-24T14:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-04-28T07:30:00.000Z',
    );
    expect(addBusinessTime(at('2026-04-02T14:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-04-03T07:30:00.000Z',
    );
    expect(addBusinessTime(at('2026-04-03T14:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-04-07T07:30:00.000Z',
    );
    expect(addBusinessTime(at('2026-12-24T15:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-12-28T08:30:00.000Z',
    );
  });

  it('skips Belgian holidays in a Flemish calendar but not in a Dutch one', () => {
    // Monday 20 July 2026 16:00 CEST + 2 h: the 21st is closed in Belgium.
    expect(addBusinessTime(at('2026-07-20T14:00:00Z'), 2 * HOUR, flemish).toISOString()).toBe(
      '2026-07-22T07:30:00.000Z',
    );
    expect(addBusinessTime(at('2026-07-20T14:00:00Z'), 2 * HOUR, office).toISOString()).toBe(
      '2026-07-21T07:30:00.000Z',
    );
    expect(addBusinessTime(at('2026-11-10T15:00:00Z'), 2 * HOUR, flemish).toISOString()).toBe(
      '2026-11-12T08:30:00.000Z',
    );
  });

  it('honours extra closing days', () => {
    const closed = { ...office, closedDates: ['2026-01-06'] };
    expect(addBusinessTime(at('2026-01-05T15:30:00Z'), HOUR, closed).toISOString()).toBe(
      '2026-01-07T08:00:00.000Z',
    );
  });

  it('refuses a calendar without opening hours', () => {
    expect(() => addBusinessTime(at('2026-01-05T08:00:00Z'), HOUR, { ...office, weekly: {} })).toThrow(
      RangeError,
    );
  });
});

describe('businessSecondsBetween', () => {
  it.each([
    ['inside one period', '2026-01-05T08:00:00Z', '2026-01-05T09:15:00Z', 1.25 * HOUR],
    ['over a night', '2026-01-05T15:30:00Z', '2026-01-06T08:00:00Z', HOUR],
    ['over a weekend', '2026-01-09T15:00:00Z', '2026-01-12T08:30:00Z', 2 * HOUR],
    ['wholly outside hours', '2026-01-10T08:00:00Z', '2026-01-11T20:00:00Z', 0],
    ['the same instant', '2026-01-05T08:00:00Z', '2026-01-05T08:00:00Z', 0],
    ['a working week', '2026-01-05T00:00:00Z', '2026-01-12T00:00:00Z', 5 * 8.5 * HOUR],
  ])('%s', (_name, a, b, expected) => {
    expect(businessSecondsBetween(at(a), at(b), office)).toBe(expected);
  });

  it('is negative when the second instant comes first', () => {
    expect(businessSecondsBetween(at('2026-01-05T09:00:00Z'), at('2026-01-05T08:00:00Z'), office)).toBe(
      -HOUR,
    );
  });

  it('leaves out the lunch break', () => {
    expect(businessSecondsBetween(at('2026-01-05T10:00:00Z'), at('2026-01-05T13:00:00Z'), split)).toBe(
      2 * HOUR,
    );
  });

  it('measures the short and the long day of the clock changes', () => {
    expect(
      businessSecondsBetween(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), allDayEveryDay),
    ).toBe(23 * HOUR);
    expect(
      businessSecondsBetween(at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'), allDayEveryDay),
    ).toBe(25 * HOUR);
    expect(businessSecondsBetween(at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'), ALWAYS_OPEN)).toBe(
      23 * HOUR,
    );
  });

  it('leaves out a holiday week', () => {
    // 21–29 December 2026: five working days minus the 25th.
    expect(businessSecondsBetween(at('2026-12-21T00:00:00Z'), at('2026-12-26T00:00:00Z'), office)).toBe(
      4 * 8.5 * HOUR,
    );
  });

  it('is the inverse of addBusinessTime (random starts and durations)', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    for (const calendar of [office, split, flemish, allDayEveryDay]) {
      for (let i = 0; i < 60; i++) {
        const start = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 86_400) * 1000);
        const seconds = Math.floor(random() * 30 * HOUR);
        const due = addBusinessTime(start, seconds, calendar);
        expect(businessSecondsBetween(start, due, calendar)).toBe(seconds);
      }
    }
  });
});

describe('isOpenAt and calendar checks', () => {
  it.each([
    ['2026-01-05T07:29:59Z', false],
    ['2026-01-05T07:30:00Z', true],
    ['2026-01-05T15:59:59Z', true],
    ['2026-01-05T16:00:00Z', false],
    ['2026-04-27T10:00:00Z', false],
  ])('office open at %s: %s', (iso, open) => {
    expect(isOpenAt(at(iso), office)).toBe(open);
  });

  it('finds problems in calendars', () => {
    expect(calendarProblems(office)).toEqual([]);
    expect(calendarProblems(ALWAYS_OPEN)).toEqual([]);
    expect(calendarProblems({ ...office, timeZone: 'Mars/Olympus' })).toHaveLength(1);
    expect(calendarProblems({ ...office, weekly: {} })).toHaveLength(1);
    expect(calendarProblems({ ...office, weekly: { mon: [{ start: '17:00', end: '09:00' }] } })[0]).toMatch(
      /end after/,
    );
    expect(
      calendarProblems({
        ...office,
        weekly: {
          mon: [
            { start: '08:00', end: '12:00' },
            { start: '11:00', end: '13:00' },
          ],
        },
      }),
    ).toEqual(['mon: opening periods overlap']);
  });
});

describe('slaStateAt', () => {
  const near = at('2026-01-05T09:48:00Z');
  const due = at('2026-01-05T10:00:00Z');
  it.each([
    ['2026-01-05T09:00:00Z', 'ok'],
    ['2026-01-05T09:48:00Z', 'near'],
    ['2026-01-05T09:59:59Z', 'near'],
    ['2026-01-05T10:00:00Z', 'breached'],
  ])('%s is %s', (now, state) => {
    expect(slaStateAt(at(now), near, due)).toBe(state);
  });
  it('is null without a deadline', () => {
    expect(slaStateAt(at('2026-01-05T09:00:00Z'), null, null)).toBeNull();
  });
});
