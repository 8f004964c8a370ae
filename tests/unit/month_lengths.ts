import type { Calendar } from '../../src/data/calendars.ts';

/**
 * Days in a month, by each calendar's rule written out afresh, as an oracle for the conversions
 * and the parser (0 for a month that never was): Gregorian and Julian leap years; a Hijri month of
 * 30 days when odd, 29 when even, and a 30th of Zilhicce in the tabular leap years; Rumi months
 * Julian until Şubat 1332 (which stopped at the 15th), Gregorian from Mart 1333, no Kânunusani or
 * Şubat 1333, and no months after 1341.
 */
export function daysInMonth(calendar: Calendar, year: number, month: number): number {
  if (calendar === 'hijri') return month % 2 === 1 || (month === 12 && (14 + 11 * year) % 30 < 11) ? 30 : 29;
  if (calendar === 'rumi') {
    if (year > 1341 || (year === 1333 && month < 3)) return 0;
    if (year === 1332 && month === 2) return 15;
    return year >= 1333 ? daysInMonth('gregorian', year + 584, month) : daysInMonth('julian', year + 584 + (month < 3 ? 1 : 0), month);
  }
  const leap = calendar === 'julian' ? year % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Years wholly inside 1900-1930 in each calendar, where a date exists exactly when its day is in its month. */
export const WHOLE_YEARS: Record<Calendar, [number, number]> = { gregorian: [1900, 1930], julian: [1901, 1929], rumi: [1316, 1341], hijri: [1318, 1348] };
