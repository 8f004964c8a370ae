import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALENDARS, CALENDAR_SPAN, GREGORIAN_FROM, fromCalendarDate, toCalendarDate, type Calendar, type CalendarDate } from '../../src/data/calendars.ts';
import { dayOf, formatDay, type Day } from '../../src/data/dates.ts';
import { daysInMonth, WHOLE_YEARS } from './month_lengths.ts';

const day = (iso: string): Day => dayOf(iso)!;
const date = (calendar: Calendar, year: number, month: number, dayOfMonth: number): CalendarDate => ({ calendar, year, month, day: dayOfMonth });
/** The Gregorian day a calendar date names, as YYYY-MM-DD, or null. */
const gregorian = (calendar: Calendar, year: number, month: number, dayOfMonth: number): string | null => {
  const found = fromCalendarDate(date(calendar, year, month, dayOfMonth));
  return found === null ? null : formatDay(found);
};
/** A month's place in its year: a Julian-based Rumi year ran from Mart (3) to Şubat (2). */
const monthRank = (d: CalendarDate) => (d.calendar === 'rumi' && d.year <= 1332 ? (d.month + 9) % 12 : d.month);
const EVERY_DAY = Array.from({ length: CALENDAR_SPAN.last - CALENDAR_SPAN.first + 1 }, (_, i) => CALENDAR_SPAN.first + i);

describe('the Julian calendar (Old Style)', () => {
  it('puts the October Revolution of 25 October 1917 O.S. on 7 November 1917, the date the seed article gives', () => {
    // Xoshgedem (geodata/excerpts.json): "peace talks on 7 November 1917".
    expect(gregorian('julian', 1917, 10, 25)).toBe('1917-11-07');
    expect(toCalendarDate(day('1917-11-07'), 'julian')).toEqual(date('julian', 1917, 10, 25));
  });

  it('ends in Russia with 31 January 1918, followed by 14 February (decree of 24 January 1918, art. 1)', () => {
    expect(formatDay(fromCalendarDate(date('julian', 1918, 1, 31))! + 1)).toBe('1918-02-14');
    expect(GREGORIAN_FROM.russia).toBe(day('1918-02-14'));
    expect(toCalendarDate(GREGORIAN_FROM.russia - 1, 'julian')).toEqual(date('julian', 1918, 1, 31));
  });

  it('ends in Greece with 15 February 1923, followed by 1 March: 16 February O.S. was called 1 March', () => {
    expect(gregorian('julian', 1923, 2, 16)).toBe('1923-03-01');
    expect(toCalendarDate(GREGORIAN_FROM.greece - 1, 'julian')).toEqual(date('julian', 1923, 2, 15));
  });

  it('is 12 days behind until its leap day of 29 February 1900, which the Gregorian calendar has not, and 13 from then on', () => {
    expect(gregorian('julian', 1900, 2, 28)).toBe('1900-03-12');
    expect(gregorian('julian', 1900, 2, 29)).toBe('1900-03-13');
    expect(gregorian('julian', 1930, 12, 18)).toBe('1930-12-31');
    expect(fromCalendarDate(date('gregorian', 1900, 2, 29))).toBeNull();
  });
});

describe('the Rumi calendar', () => {
  it('dates the opening of the Grand National Assembly, 23 Nisan 1336, on 23 April 1920, and the Republic, 29 Teşrinievvel 1339, on 29 October 1923', () => {
    expect(gregorian('rumi', 1336, 4, 23)).toBe('1920-04-23');
    expect(gregorian('rumi', 1339, 10, 29)).toBe('1923-10-29');
  });

  it('before the reform: Julian days, the year from 1 Mart, Kânunusani and Şubat in the next Christian year', () => {
    // The 1911 multilingual Ottoman wall calendar (Wikipedia, "Rumi calendar"): 7 Nisan 1327 = 7 April O.S. = 20 April 1911.
    expect(gregorian('rumi', 1327, 4, 7)).toBe('1911-04-20');
    // 19 Şubat 1331 = 3 March 1916 (Tunç, "Rûmî takvim ve târihler", risaletashih.com, 2008).
    expect(gregorian('rumi', 1331, 2, 19)).toBe('1916-03-03');
    // The first day of the last Julian-based year: 1 Mart 1332 = 1 March 1916 O.S.; the day before it, the leap day of 1331.
    expect(gregorian('rumi', 1332, 3, 1)).toBe('1916-03-14');
    expect(gregorian('rumi', 1331, 2, 29)).toBe('1916-03-13');
  });

  it('from the law of 8 Şubat 1332: 16 Şubat 1332 was counted as 1 Mart 1333, so 15 Şubat 1332 was followed by 1 Mart 1333 = 1 March 1917', () => {
    expect(gregorian('rumi', 1332, 2, 15)).toBe('1917-02-28');
    expect(gregorian('rumi', 1333, 3, 1)).toBe('1917-03-01');
    for (let skipped = 16; skipped <= 29; skipped++) expect(gregorian('rumi', 1332, 2, skipped), `${skipped} Şubat 1332`).toBeNull();
  });

  it('after the reform: 1333 had ten months, the first year to begin on 1 Kânunusani is 1334 (1 January 1918)', () => {
    expect(gregorian('rumi', 1333, 12, 31)).toBe('1917-12-31');
    expect(gregorian('rumi', 1334, 1, 1)).toBe('1918-01-01');
    expect(gregorian('rumi', 1333, 1, 15)).toBeNull();
    expect(gregorian('rumi', 1333, 2, 1)).toBeNull();
    // The Teşkilât-ı Esasiye Kanunu, Law 85, is dated 20 Kânunusani 1337: 20 January 1921.
    expect(gregorian('rumi', 1337, 1, 20)).toBe('1921-01-20');
  });

  it('ends with 31 Kânunuevvel 1341, followed by 1 January 1926 (Law 698, art. 2)', () => {
    expect(gregorian('rumi', 1341, 12, 31)).toBe('1925-12-31');
    expect(toCalendarDate(day('1926-01-01'), 'rumi')).toBeNull();
    expect(gregorian('rumi', 1342, 1, 1)).toBeNull();
  });
});

describe('the Hijri calendar (tabular, civil epoch)', () => {
  it('is a day behind the Ottoman wall calendar of 1911, as the Ottoman months followed the astronomers and not the tables', () => {
    // The 1911 calendar page (Wikipedia, "Rumi calendar") prints 21 Rebiülahir 1329 beside 20 April 1911.
    expect(toCalendarDate(day('1911-04-20'), 'hijri')).toEqual(date('hijri', 1329, 4, 20));
    expect(gregorian('hijri', 1329, 4, 21)).toBe('1911-04-21');
  });

  it('gives the same days as the arithmetic the other way, ICU islamic-civil, and months of 30 and 29 days with a 30th of Zilhicce in leap years', () => {
    expect(gregorian('hijri', 1338, 8, 4)).toBe('1920-04-23');
    expect(gregorian('hijri', 1339, 1, 1)).toBe('1920-09-15');
    expect(gregorian('hijri', 1338, 2, 30)).toBeNull();
    // 1339 is year 19 of its 30-year cycle, a common year; 1341 is year 21, a leap year.
    expect(gregorian('hijri', 1339, 12, 30)).toBeNull();
    expect(gregorian('hijri', 1341, 12, 30)).not.toBeNull();
  });
});

describe('every day of 1900-1930', () => {
  it('round-trips in every calendar that dated it, and only Rumi leaves days out (from 1926)', () => {
    for (const calendar of CALENDARS) {
      const lost = EVERY_DAY.filter((d) => {
        const written = toCalendarDate(d, calendar);
        return written === null ? calendar !== 'rumi' || d < day('1926-01-01') : fromCalendarDate(written) !== d;
      });
      expect(lost.map(formatDay), calendar).toEqual([]);
    }
  });

  it('runs day by day in every calendar: each next day is the next date, or the first of a next month or year', () => {
    for (const calendar of CALENDARS) {
      const dates = EVERY_DAY.map((d) => toCalendarDate(d, calendar)).filter((d) => d !== null);
      const wrong = dates.slice(1).filter((next, i) => {
        const prev = dates[i]!;
        const sameMonth = next.year === prev.year && next.month === prev.month && next.day === prev.day + 1;
        const nextMonth = next.day === 1 && ((next.year === prev.year && monthRank(next) === monthRank(prev) + 1) || (next.year === prev.year + 1 && monthRank(next) <= monthRank(prev)));
        return !sameMonth && !nextMonth;
      });
      expect(wrong, calendar).toEqual([]);
    }
  });
});

describe('properties', () => {
  const spanDay = fc.integer({ min: CALENDAR_SPAN.first, max: CALENDAR_SPAN.last });
  const calendar = fc.constantFrom(...CALENDARS);
  it('keep the order of days: an earlier day is an earlier date in every calendar', () => {
    fc.assert(
      fc.property(spanDay, spanDay, calendar, (a, b, c) => {
        const [x, y] = [toCalendarDate(a, c), toCalendarDate(b, c)];
        fc.pre(x !== null && y !== null);
        const order = (d: CalendarDate) => d.year * 10_000 + monthRank(d) * 100 + d.day;
        expect(Math.sign(order(x!) - order(y!))).toBe(Math.sign(a - b));
      }),
      { numRuns: 5000 },
    );
  });

  it('name a day for a year, month and day exactly when the calendar\'s own month lengths have that day', () => {
    fc.assert(
      fc.property(calendar.chain((c) => fc.tuple(fc.constant(c), fc.integer({ min: WHOLE_YEARS[c][0], max: WHOLE_YEARS[c][1] }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 32 }))), ([c, year, month, dayOfMonth]) => {
        const exists = dayOfMonth >= 1 && dayOfMonth <= daysInMonth(c, year, month);
        expect(fromCalendarDate(date(c, year, month, dayOfMonth)) !== null).toBe(exists);
      }),
      { numRuns: 10_000 },
    );
  });
});
