import { dayOf, formatDay, parsePartialDate, type Day } from '../data/dates.ts';
import { RUMI_MONTHS, toCalendarDate, type Calendar } from '../data/calendars.ts';
import type { OriginalDate } from '../data/contract.ts';
import { locale, t, type MessageKey } from './i18n.ts';

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in the interface's language, day and month spelled out: "10 August 1920",
 * "10 Ağustos 1920", "10 августа 1920" (without the "г." Russian adds, as in running text).
 */
function spoken(day: Day, withDay: boolean): string {
  return partsInOrder(formatter(locale(), { ...(withDay ? { day: 'numeric' } : {}), month: 'long', year: 'numeric' }).formatToParts(new Date(day * MS_PER_DAY)));
}

/** "10 August 1920". */
export function longDate(day: Day): string {
  return spoken(day, true);
}

/** A partial date as a reader says it: "1919", "May 1919", "15 May 1919". */
export function partialDate(text: string): string {
  const interval = parsePartialDate(text);
  if (!interval) return text;
  if (text.length === 4) return text;
  return spoken(interval.start, text.length !== 7);
}

/** "15 May 1919 - 9 September 1922", with open ends said as such. */
export function dateRange(start: string | undefined, end: string | undefined): string {
  return `${start ? partialDate(start) : t('date.beforeStart')} - ${end ? partialDate(end) : t('date.afterEnd')}`;
}

/** An event's days, its end being exclusive: "3 March 1918", or "23 August 1921 - 13 September 1921". */
export function eventDays(start: string, end: string | undefined): string {
  const last = end === undefined ? null : dayOf(end)! - 1;
  return last === null || last === dayOf(start) ? partialDate(start) : `${partialDate(start)} - ${partialDate(formatDay(last))}`;
}

/**
 * A day as another calendar writes it, in the interface's language: "28 July 1920" (Julian, the
 * language's month names), "10 Ağustos 1336" (Rumi, whose Ottoman month names are the same in
 * every language), "25 Dhuʻl-Qiʻdah 1338" (Hijri, ICU's names); null when that calendar did not
 * date the day.
 */
export function calendarDate(day: Day, calendar: Calendar): string | null {
  if (calendar === 'gregorian') return longDate(day);
  const date = toCalendarDate(day, calendar);
  if (!date) return null;
  if (calendar === 'rumi') return `${date.day} ${RUMI_MONTHS[date.month - 1]} ${date.year}`;
  // The month's name as the language says it beside a day (Russian "июля", not "июль"): for Julian
  // from any day of that month in the Gregorian calendar, for Hijri from this day in ICU's. The day
  // and year are ours: ICU writes the Turkish Hijri day with two digits ("04 Şaban").
  const [locales, when] = calendar === 'hijri' ? [`${locale()}-u-ca-islamic-civil`, day * MS_PER_DAY] : [locale(), Date.UTC(2000, date.month - 1, 1)];
  const month = formatter(locales, { day: 'numeric', month: 'long' }).formatToParts(when).find((p) => p.type === 'month')!.value;
  return `${date.day} ${month} ${date.year}`;
}

function partsInOrder(parts: Intl.DateTimeFormatPart[]): string {
  return ['day', 'month', 'year'].flatMap((type) => parts.filter((p) => p.type === type).map((p) => p.value)).join(' ');
}

function formatter(locales: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locales}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locales, { ...options, timeZone: 'UTC' })));
  return format;
}

/** A date as its source wrote it in another calendar, with the calendar named: "23 Nisan 1336 (Rumi)". */
export function originalDate(original: OriginalDate): string {
  return `${original.text} (${calendarName(original.calendar)})`;
}

/** A calendar's name in the interface's language. */
export function calendarName(calendar: Calendar): string {
  return t(CALENDAR_NAMES[calendar]);
}

const CALENDAR_NAMES: Record<Calendar, MessageKey> = { gregorian: 'calendar.gregorian', julian: 'calendar.julian', rumi: 'calendar.rumi', hijri: 'calendar.hijri' };
