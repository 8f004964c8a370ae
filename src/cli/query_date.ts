import { CALENDARS, type Calendar } from '../data/calendars.ts';
import { parsePartialDate, partialDateProblem, type Day } from '../data/dates.ts';
import { parseCalendarDate } from '../data/parse_calendar_date.ts';
import { say } from '../ui/i18n.ts';

/** The ISO forms of the geodata's dates: a year, a month or a day. */
const ISO_FORM = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * Reads a date for the query CLI: the geodata's own partial dates (`1921`, `1921-11` ask about
 * their first day, as start_date and end_date are read), or a whole date in any calendar as Go to
 * date reads it (`23 Nisan 1336`, `25 October 1917 O.S.`, `4 Şaban 1338`), in `calendar` when
 * `--calendar` names one. What is wrong comes back as a phrase that starts with the value, in the
 * interface's English.
 *
 * @example
 * readQueryDate('23 Nisan 1336', undefined); // { day: dayOf('1920-04-23') }
 */
export function readQueryDate(text: string, calendar: Calendar | undefined): { day: Day } | { problem: string } {
  if ((calendar === undefined || calendar === 'gregorian') && ISO_FORM.test(text)) {
    const interval = parsePartialDate(text);
    return interval ? { day: interval.start } : { problem: partialDateProblem(text)! };
  }
  const reading = parseCalendarDate(text, calendar);
  return reading.ok ? { day: reading.day } : { problem: say(reading.problem).replace(/\.$/, '') };
}

/** The calendar `--calendar` names, or null for a name that is none of them. */
export function calendarOption(name: string): Calendar | null {
  return (CALENDARS as readonly string[]).includes(name) ? (name as Calendar) : null;
}
