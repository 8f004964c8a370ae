import { parsePartialDate, type Day } from '../data/dates.ts';

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const MS_PER_DAY = 86_400_000;

/** "10 August 1920". */
export function longDate(day: Day): string {
  return LONG.format(new Date(day * MS_PER_DAY));
}

/** A partial date as a reader says it: "1919", "May 1919", "15 May 1919". */
export function partialDate(text: string): string {
  const interval = parsePartialDate(text);
  if (!interval) return text;
  if (text.length === 4) return text;
  return text.length === 7 ? MONTH.format(new Date(interval.start * MS_PER_DAY)) : longDate(interval.start);
}

/** "15 May 1919 - 9 September 1922", with open ends said as such. */
export function dateRange(start: string | undefined, end: string | undefined): string {
  return `${start ? partialDate(start) : 'before 1914'} - ${end ? partialDate(end) : 'after 1923'}`;
}

