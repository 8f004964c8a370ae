import { dayOf, formatDay, type Day } from './dates.ts';

/**
 * The four calendars the documents of 1900-1930 are dated in, and the conversions between a
 * `Day` and a date in each. Every rule below is written down with where it comes from; the unit
 * tests check each against the cited examples and round-trip every day of the span.
 */

export const CALENDARS = ['gregorian', 'julian', 'rumi', 'hijri'] as const;
export type Calendar = (typeof CALENDARS)[number];
/** The calendars a reader can show beside the Gregorian one, in the order they are shown. */
export const OTHER_CALENDARS = ['julian', 'rumi', 'hijri'] as const;
export type OtherCalendar = (typeof OTHER_CALENDARS)[number];

/** A date as a calendar writes it; months count from 1 (for Rumi, 1 is Kânunusani and 3 is Mart, the same months as the Julian ones). */
export interface CalendarDate {
  calendar: Calendar;
  year: number;
  month: number;
  day: number;
}

/** The Julian day number of 1 January 1970 (Gregorian), where `Day` counts from. */
const JULIAN_DAY_OF_1970 = 2_440_588;

/** The days this module converts: 1 January 1900 to 31 December 1930 (Gregorian). */
export const CALENDAR_SPAN = { first: dayOf('1900-01-01')!, last: dayOf('1930-12-31')! };

/**
 * The Rumi months in the Latin-script Ottoman Turkish spelling, from Kânunusani (January): the
 * Julian months under Syriac names but for Mart, Mayıs and Ağustos (Wikipedia, "Rumi calendar",
 * table of months). Turkey kept the names with the Gregorian calendar until Law 4696 of
 * 10 January 1945 renamed the four Kânun and Teşrin months Ocak, Aralık, Ekim and Kasım.
 */
export const RUMI_MONTHS = ['Kânunusani', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Teşrinievvel', 'Teşrinisani', 'Kânunuevvel'] as const;

/**
 * The Gregorian day from which Russia and Greece dated in the Gregorian calendar; the day before
 * is their last Julian (Old Style) day.
 * - Russia: decree of the Council of People's Commissars of 24 January (6 February) 1918, art. 1:
 *   "the first day after 31 January of this year is to be counted not as 1 February but as
 *   14 February" (Dekrety Sovetskoi vlasti, vol. 1, Moscow 1957, pp. 404-405).
 * - Greece: legislative decree of 18 January 1923 (O.S.): 16 February 1923 (O.S.) was to be
 *   called 1 March, so Wednesday 15 February was followed by Thursday 1 March 1923
 *   (Kathimerini, "Apo to Iouliano sto Grigoriano imerologio", 18 January 1923 in its series
 *   of a hundred years ago).
 */
export const GREGORIAN_FROM = { russia: dayOf('1918-02-14')!, greece: dayOf('1923-03-01')! };

/**
 * The Rumi calendar's reform: the law of 8 Şubat 1332 on the adoption of the western calendar
 * (Takvim-i Vekayi no. 1803, 10 Şubat 1332; text at the Diyanet's vakithesaplama.diyanet.gov.tr/1332_kanun.php),
 * art. 1: "the 16th day of Şubat 1332 shall be counted as the first day of Mart 1333". The
 * Julian 16 February 1917 is the Gregorian 1 March 1917, so from that day Rumi days and months
 * are the Gregorian ones and the year number alone differs.
 */
const RUMI_REFORM = dayOf('1917-03-01')!;

/**
 * The Rumi calendar's end: Law 698 of 26 Kânunuevvel 1341, art. 2: "the day after 31
 * Kânunuevvel 1341 is 1 Kânunusani 1926" (Resmî Ceride no. 260, 2 Kânunusani 1926; Düstur,
 * 3rd series, vol. 7, p. 159). That 1341 ended with Kânunuevvel also shows the year had begun in
 * Kânunusani: 1333 ran from Mart to Kânunuevvel 1917 only, and 1334 began on 1 Kânunusani 1918
 * (the Teşkilât-ı Esasiye Kanunu, Law 85, is dated 20 Kânunusani 1337 = 20 January 1921).
 */
const RUMI_LAST_DAY = dayOf('1925-12-31')!;

/**
 * Years between the Rumi and the Christian count. The Rumi era began on 1 Mart 1256 = 1 March
 * 1840 (Julian) = 13 March 1840 (Gregorian) (Wikipedia, "Rumi calendar", "1840 adoption"), so
 * before the reform a Rumi year began on 1 Mart of the Julian year 584 later, and its Kânunusani
 * and Şubat fell in the Julian year 585 later; after it, Rumi year + 584 is the Gregorian year.
 */
const RUMI_OFFSET = 584;

/**
 * The Hijri calendar, in its tabular (arithmetical) civil form: a 30-year cycle whose years 2, 5,
 * 7, 10, 13, 16, 18, 21, 24, 26 and 29 have 355 days, counted from the civil epoch, Friday
 * 16 July 622 (Julian). It is ICU's `islamic-civil` (IslamicCalendar.CalculationType.ISLAMIC_CIVIL),
 * which converts a day into it here; the way back is the same arithmetic, below.
 *
 * Why this form: the Ottoman state dated in the Hijri calendar as its astronomers computed the
 * months (from 1926 the observatory sets them officially: Law 698, art. 3), which no rule
 * reproduces to the day; historians convert such dates with arithmetical tables, the Turkish
 * Historical Society's guide with Wüstenfeld's (F. R. Unat, Hicrî Tarihleri Milâdî Tarihe Çevirme
 * Kılavuzu, 6th ed., Ankara 1988, preface), and a document may then be a day off
 * (an Ottoman wall calendar of 1911 gives 21 Rebiülahir 1329 for 20 April 1911, where the tables
 * give the 20th). Umm al-Qura, a Saudi calendar of the twentieth century, was never the Ottoman one.
 */
const HIJRI_EPOCH = julianDay(622, 7, 16);
const hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-civil', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/**
 * A day in a calendar, or null when the calendar did not date that day (Rumi after 1925) or the
 * day lies outside 1900-1930.
 *
 * @example
 * toCalendarDate(dayOf('1920-04-23')!, 'rumi'); // { calendar: 'rumi', year: 1336, month: 4, day: 23 }
 */
export function toCalendarDate(day: Day, calendar: Calendar): CalendarDate | null {
  if (day < CALENDAR_SPAN.first || day > CALENDAR_SPAN.last) return null;
  if (calendar === 'gregorian') {
    const [year, month, date] = formatDay(day).split('-').map(Number) as [number, number, number];
    return { calendar, year, month, day: date };
  }
  if (calendar === 'julian') return { calendar, ...julianDate(day) };
  if (calendar === 'hijri') {
    const parts = hijriFormat.formatToParts(new Date(day * 86_400_000));
    const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return { calendar, year: part('year'), month: part('month'), day: part('day') };
  }
  if (day > RUMI_LAST_DAY) return null;
  const base = day < RUMI_REFORM ? julianDate(day) : toCalendarDate(day, 'gregorian')!;
  // Before the reform Kânunusani and Şubat close the Rumi year that began the Mart before.
  const year = base.year - RUMI_OFFSET - (day < RUMI_REFORM && base.month < 3 ? 1 : 0);
  return { calendar, year, month: base.month, day: base.day };
}

/**
 * The day a calendar date names, or null when no such day exists: a day past the month's end,
 * a Rumi day the 1917 reform skipped (16-28 Şubat 1332), a Kânunusani or Şubat 1333 (a year of
 * ten months), or a date outside 1900-1930.
 */
export function fromCalendarDate(date: CalendarDate): Day | null {
  const { calendar, year, month, day } = date;
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  let candidate: Day;
  if (calendar === 'gregorian') candidate = dayOf(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) ?? NaN;
  else if (calendar === 'julian') candidate = julianDay(year, month, day);
  else if (calendar === 'hijri') candidate = HIJRI_EPOCH + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1)) + day - 1;
  else if (year >= 1333) candidate = fromCalendarDate({ calendar: 'gregorian', year: year + RUMI_OFFSET, month, day }) ?? NaN;
  else candidate = julianDay(year + RUMI_OFFSET + (month < 3 ? 1 : 0), month, day);
  // Each rule above happily counts on past a month's end or into a skipped day; the date exists
  // only if the day it names is written back the same way.
  const back = Number.isFinite(candidate) ? toCalendarDate(candidate, calendar) : null;
  return back && back.year === year && back.month === month && back.day === day ? candidate : null;
}

/**
 * Days from 1970-01-01 of a Julian-calendar date, by the Julian day number: every fourth year is
 * a leap year, with no century exception (E. G. Richards, "Calendars", in S. E. Urban and P. K.
 * Seidelmann (eds.), Explanatory Supplement to the Astronomical Almanac, 3rd ed., 2013, §15.11).
 * The Gregorian rule skips 1900 (Inter gravissimas, 1582), so the Julian date is 12 days behind
 * until 28 February 1900 (Julian) and 13 days behind from 29 February 1900 to 2100.
 */
function julianDay(year: number, month: number, day: number): Day {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083 - JULIAN_DAY_OF_1970;
}

function julianDate(day: Day): { year: number; month: number; day: number } {
  const c = day + JULIAN_DAY_OF_1970 + 32082;
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return { year: d - 4800 + Math.floor(m / 10), month: m + 3 - 12 * Math.floor(m / 10), day: e - Math.floor((153 * m + 2) / 5) + 1 };
}
