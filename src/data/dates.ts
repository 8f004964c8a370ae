/**
 * The one date model of the explorer: OpenHistoricalMap-style partial dates (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`) read as whole days, counted from 1970-01-01 UTC. Intervals are [start, end):
 * a feature is there on its start day and gone on its end day. The map filter, the query CLI and
 * the timelines all go through these functions, so they cannot disagree.
 */

/** A day, as whole days since 1970-01-01 (negative before). */
export type Day = number;

/** [first day, first day after) of a feature's life; open ends are infinite. */
export interface DayInterval {
  start: Day;
  end: Day;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/**
 * The days a partial date denotes: `1919` is the whole year, `1919-05` the whole of May,
 * `1919-05-15` one day. Returns null for anything else, including impossible days (`1919-02-30`).
 */
export function parsePartialDate(text: string): DayInterval | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) return { start: utcDay(year, 1, 1), end: utcDay(year + 1, 1, 1) };
  if (day === undefined) return { start: utcDay(year, month, 1), end: utcDay(year, month + 1, 1) };
  const start = utcDay(year, month, day);
  if (formatDay(start) !== text) return null;
  return { start, end: start + 1 };
}

/**
 * A feature's interval from its `start_date` and `end_date`. One rule for both: a date stands for
 * the first day of what it names, so `start_date: 1919-05` appears on 1 May 1919 and
 * `end_date: 1919-05` is gone on 1 May 1919 (the end is exclusive, as for a full date).
 * Missing dates are open ends.
 *
 * @throws Error naming the bad value when a date cannot be read
 */
export function featureInterval(startDate: string | undefined, endDate: string | undefined): DayInterval {
  return { start: startDate === undefined ? -Infinity : firstDay(startDate), end: endDate === undefined ? Infinity : firstDay(endDate) };
}

/**
 * A geodata feature's days, by its kind: as {@link featureInterval}, except that an event without
 * an end_date lasts its start day (an open end means "still so after 1923" for ground held, not
 * for a battle or a signing).
 */
export function featureDays(p: { kind?: unknown; start_date?: string | undefined; end_date?: string | undefined }): DayInterval {
  const interval = featureInterval(p.start_date, p.end_date);
  return p.kind === 'event' && p.end_date === undefined && Number.isFinite(interval.start) ? { start: interval.start, end: interval.start + 1 } : interval;
}

/** Whether a day falls inside an interval: on the start day yes, on the end day no. */
export function isActiveOn(interval: DayInterval, day: Day): boolean {
  return interval.start <= day && day < interval.end;
}

/**
 * Why a value is not a partial date, as a phrase that starts with the value, or null when it is
 * one. A value of the right form that names no real month or day says so, since telling its
 * author to use the form they already used would not help them.
 *
 * @example
 * partialDateProblem('1921-02-30'); // '"1921-02-30" is not a real date: 1921-02 has 28 days'
 */
export function partialDateProblem(value: unknown): string | null {
  const fault = partialDateFault(value);
  if (fault === null) return null;
  // Quoted as JSON so that a value with a line break or a quote stays one readable line.
  const quoted = JSON.stringify(String(value));
  if (fault.fault === 'form') return `${quoted} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`;
  return `${quoted} is not a real date: ${fault.fault === 'day' ? `${fault.month} has ${fault.days} days` : 'months run from 01 to 12'}`;
}

/** What is wrong with a partial date, for messages in any language: its form, its month, or its day (and how many days the month has); null when nothing is. */
export function partialDateFault(value: unknown): { fault: 'form' } | { fault: 'month' } | { fault: 'day'; month: string; days: number } | null {
  if (typeof value === 'string' && parsePartialDate(value)) return null;
  const match = typeof value === 'string' ? PARTIAL_DATE.exec(value) : null;
  if (!match) return { fault: 'form' };
  const month = parsePartialDate(`${match[1]}-${match[2]}`);
  return month ? { fault: 'day', month: `${match[1]}-${match[2]}`, days: month.end - month.start } : { fault: 'month' };
}

/** The day of an exact `YYYY-MM-DD` date, or null if it is not one. */
export function dayOf(text: string): Day | null {
  const interval = parsePartialDate(text);
  return interval && interval.end - interval.start === 1 ? interval.start : null;
}

/** `YYYY-MM-DD` for a day. */
export function formatDay(day: Day): string {
  const later = new Date((day + DAYS_PER_400_YEARS) * MS_PER_DAY);
  const year = String(later.getUTCFullYear() - 400).padStart(4, '0');
  return `${year}-${later.toISOString().slice(5, 10)}`;
}

/**
 * The same day of the month `months` later (or earlier), kept in that month: 31 January plus one
 * month is 29 February 1920, not 2 March, so Page Up and a month's Play step never skip a month.
 */
export function addMonths(day: Day, months: number): Day {
  const [year, month, date] = formatDay(day).split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const target = `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  const { start, end } = parsePartialDate(target)!;
  return start + Math.min(date, end - start) - 1;
}

function firstDay(text: string): Day {
  const interval = parsePartialDate(text);
  if (!interval) throw new Error(partialDateProblem(text)!);
  return interval.start;
}

/** Days in 400 Gregorian years: the calendar repeats exactly after them. */
const DAYS_PER_400_YEARS = 146_097;

function utcDay(year: number, month: number, day: number): Day {
  // Date.UTC reads years 0-99 as 1900-1999, so compute 400 years later and step back.
  return Math.round(Date.UTC(year + 400, month - 1, day) / MS_PER_DAY) - DAYS_PER_400_YEARS;
}
