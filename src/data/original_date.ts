import { OTHER_CALENDARS } from './calendars.ts';
import type { OriginalDate } from './contract.ts';
import { formatDay, isActiveOn, parsePartialDate } from './dates.ts';
import { parseCalendarDate } from './parse_calendar_date.ts';

/**
 * What is wrong with an `original_date` (geodata/README.md): it must be `{calendar, text}` with a
 * text that names a day of that calendar, and that day must fall in one of `dates` (a feature's
 * start_date, an excerpt's dates, a source's issued date). The date as the document wrote it and
 * the date the explorer uses are the same day, or one of them is wrong. An empty list: all well.
 */
export function originalDateProblems(original: unknown, dates: readonly string[]): string[] {
  const { calendar, text } = (original ?? {}) as Partial<OriginalDate>;
  if (typeof original !== 'object' || !OTHER_CALENDARS.includes(calendar as never) || typeof text !== 'string' || text === '' || Object.keys(original!).length !== 2) {
    return [`original_date must be {calendar, text} with calendar one of ${OTHER_CALENDARS.join(', ')} and a non-empty text`];
  }
  const reading = parseCalendarDate(text, calendar!);
  if (!reading.ok) return [`original_date "${text}" is not a day of the ${calendar} calendar in 1900-1930 (${reading.problem.key})`];
  const intervals = dates.map(parsePartialDate).filter((d) => d !== null);
  if (intervals.length === 0) return ['original_date needs a Gregorian date to agree with'];
  if (!intervals.some((d) => isActiveOn(d, reading.day))) return [`original_date "${text}" (${calendar}) is ${formatDay(reading.day)}, not ${dates.join(' or ')}`];
  return [];
}

/** The Gregorian date, of those given, that an original date names (checked by originalDateProblems). */
export function originalDateMatch(original: OriginalDate, dates: readonly string[]): string | undefined {
  const reading = parseCalendarDate(original.text, original.calendar);
  if (!reading.ok) return undefined;
  return dates.find((d) => {
    const interval = parsePartialDate(d);
    return interval !== null && isActiveOn(interval, reading.day);
  });
}
