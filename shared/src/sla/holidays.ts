/** Public holidays on which Dutch and Belgian care offices are closed, computed per year (no tables to update). */
export type HolidayRegion = 'NL' | 'BE';

export interface Holiday {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  name: { nl: string; en: string };
}

/** Easter Sunday (Gregorian, anonymous algorithm) as [month 1-12, day]. */
export function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

export function dateKey(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toISOString().slice(0, 10);
}

function fromEaster(year: number, offsetDays: number): string {
  const [month, day] = easterSunday(year);
  return dateKey(year, month, day + offsetDays);
}

function nl(year: number): Holiday[] {
  // Koningsdag moves to the 26th when the 27th is a Sunday.
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? 26 : 27;
  const days: Holiday[] = [
    { date: dateKey(year, 1, 1), name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" } },
    { date: fromEaster(year, 0), name: { nl: 'Eerste Paasdag', en: 'Easter Sunday' } },
    { date: fromEaster(year, 1), name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    { date: dateKey(year, 4, kingsDay), name: { nl: 'Koningsdag', en: "King's Day" } },
    { date: fromEaster(year, 39), name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' } },
    { date: fromEaster(year, 49), name: { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' } },
    { date: fromEaster(year, 50), name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' } },
    { date: dateKey(year, 12, 25), name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } },
    { date: dateKey(year, 12, 26), name: { nl: 'Tweede Kerstdag', en: 'Boxing Day' } },
  ];
  // Bevrijdingsdag is a general day off only in lustrum years (2025, 2030, …).
  if (year % 5 === 0) {
    days.push({ date: dateKey(year, 5, 5), name: { nl: 'Bevrijdingsdag', en: 'Liberation Day' } });
  }
  return days;
}

function be(year: number): Holiday[] {
  return [
    { date: dateKey(year, 1, 1), name: { nl: 'Nieuwjaar', en: "New Year's Day" } },
    { date: fromEaster(year, 0), name: { nl: 'Pasen', en: 'Easter Sunday' } },
    { date: fromEaster(year, 1), name: { nl: 'Paasmaandag', en: 'Easter Monday' } },
    { date: dateKey(year, 5, 1), name: { nl: 'Dag van de Arbeid', en: 'Labour Day' } },
    { date: fromEaster(year, 39), name: { nl: 'Onze-Lieve-Heer-Hemelvaart', en: 'Ascension Day' } },
    { date: fromEaster(year, 49), name: { nl: 'Pinksteren', en: 'Whit Sunday' } },
    { date: fromEaster(year, 50), name: { nl: 'Pinkstermaandag', en: 'Whit Monday' } },
    { date: dateKey(year, 7, 21), name: { nl: 'Nationale feestdag', en: 'Belgian National Day' } },
    { date: dateKey(year, 8, 15), name: { nl: 'Onze-Lieve-Vrouw-Hemelvaart', en: 'Assumption Day' } },
    { date: dateKey(year, 11, 1), name: { nl: 'Allerheiligen', en: "All Saints' Day" } },
    { date: dateKey(year, 11, 11), name: { nl: 'Wapenstilstand', en: 'Armistice Day' } },
    { date: dateKey(year, 12, 25), name: { nl: 'Kerstmis', en: 'Christmas Day' } },
  ];
}

const cache = new Map<string, Holiday[]>();

/** The closing days of one year in one region, in date order. */
export function holidaysOf(year: number, region: HolidayRegion): Holiday[] {
  const key = `${region}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = (region === 'NL' ? nl(year) : be(year)).sort((a, b) => (a.date < b.date ? -1 : 1));
    cache.set(key, days);
  }
  return days;
}

/** Whether the local date `YYYY-MM-DD` is a holiday in any of the regions. */
export function isHoliday(date: string, regions: readonly HolidayRegion[]): boolean {
  const year = Number(date.slice(0, 4));
  return regions.some((region) => holidaysOf(year, region).some((holiday) => holiday.date === date));
}
