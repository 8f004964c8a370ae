import { parsePartialDate, type Day } from '../data/dates.ts';
import { locale, t } from './i18n.ts';

const MS_PER_DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date in the interface's language, day and month spelled out: "10 August 1920",
 * "10 Ağustos 1920", "10 августа 1920" (without the "г." Russian adds, as in running text).
 */
function spoken(day: Day, withDay: boolean): string {
  const key = `${locale()}|${withDay}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale(), { ...(withDay ? { day: 'numeric' } : {}), month: 'long', year: 'numeric', timeZone: 'UTC' })));
  const parts = format.formatToParts(new Date(day * MS_PER_DAY));
  return ['day', 'month', 'year'].flatMap((type) => parts.filter((p) => p.type === type).map((p) => p.value)).join(' ');
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
