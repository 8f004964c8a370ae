import { describe, expect, it } from 'vitest';
import { addMonths, dayOf, featureInterval, formatDay, isActiveOn, parsePartialDate } from '../../src/data/dates.ts';

const day = (text: string) => {
  const d = dayOf(text);
  if (d === null) throw new Error(text);
  return d;
};

describe('partial dates', () => {
  it('reads a full date as one day', () => {
    expect(parsePartialDate('1919-05-15')).toEqual({ start: day('1919-05-15'), end: day('1919-05-16') });
  });
  it('reads a month and a year as their whole period', () => {
    expect(parsePartialDate('1919-05')).toEqual({ start: day('1919-05-01'), end: day('1919-06-01') });
    expect(parsePartialDate('1920')).toEqual({ start: day('1920-01-01'), end: day('1921-01-01') });
    expect(parsePartialDate('1919-12')).toEqual({ start: day('1919-12-01'), end: day('1920-01-01') });
  });
  it('knows leap years', () => {
    expect(parsePartialDate('1920-02-29')).not.toBeNull();
    expect(parsePartialDate('1919-02-29')).toBeNull();
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('1920-02')?.end).toBe(day('1920-03-01'));
  });
  it('refuses what is not a partial date', () => {
    for (const bad of ['', '1919-5', '1919-13', '1919-00', '1919-05-32', '19190515', '1919-05-15T00:00', ' 1919', 'May 1919']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });
  it('round-trips through formatDay, including the first century', () => {
    for (const text of ['1914-07-28', '1923-10-04', '1878-07-13', '0050-03-01', '2000-02-29']) expect(formatDay(day(text))).toBe(text);
    expect(day('1970-01-01')).toBe(0);
    expect(day('1970-01-02') - day('1969-12-31')).toBe(2);
  });
});

describe('feature intervals: start inclusive, end exclusive', () => {
  it('shows a feature on its start day and hides it on its end day', () => {
    const greekSmyrna = featureInterval('1919-05-15', '1922-09-09');
    expect(isActiveOn(greekSmyrna, day('1919-05-14'))).toBe(false);
    expect(isActiveOn(greekSmyrna, day('1919-05-15'))).toBe(true);
    expect(isActiveOn(greekSmyrna, day('1922-09-08'))).toBe(true);
    expect(isActiveOn(greekSmyrna, day('1922-09-09'))).toBe(false);
  });
  it('reads a partial date, as start or end, as the first day of its period', () => {
    const italianAntalya = featureInterval('1919-03', '1921-07');
    expect(isActiveOn(italianAntalya, day('1919-02-28'))).toBe(false);
    expect(isActiveOn(italianAntalya, day('1919-03-01'))).toBe(true);
    expect(isActiveOn(italianAntalya, day('1921-06-30'))).toBe(true);
    expect(isActiveOn(italianAntalya, day('1921-07-01'))).toBe(false);
    expect(featureInterval('1914', '1918')).toEqual({ start: day('1914-01-01'), end: day('1918-01-01') });
  });
  it('treats missing dates as open ends', () => {
    const open = featureInterval(undefined, undefined);
    expect(isActiveOn(open, day('1800-01-01'))).toBe(true);
    expect(isActiveOn(featureInterval('1923-07-24', undefined), day('2024-01-01'))).toBe(true);
  });
  it('names the bad value', () => {
    expect(() => featureInterval('1919-13', undefined)).toThrow('"1919-13"');
  });
});

describe('months', () => {
  it('moves by calendar months and keeps the day inside the month', () => {
    expect(formatDay(addMonths(day('1920-01-31'), 1))).toBe('1920-02-29');
    expect(formatDay(addMonths(day('1921-01-31'), 1))).toBe('1921-02-28');
    expect(formatDay(addMonths(day('1920-08-10'), 1))).toBe('1920-09-10');
    expect(formatDay(addMonths(day('1920-03-31'), -1))).toBe('1920-02-29');
    expect(formatDay(addMonths(day('1922-11-30'), 3))).toBe('1923-02-28');
    expect(formatDay(addMonths(day('1914-01-15'), -13))).toBe('1912-12-15');
  });
});
