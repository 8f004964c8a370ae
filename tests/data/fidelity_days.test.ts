import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/data/dates.ts';
import { realIndex } from './geodata_helpers.ts';

/** The two layers that say who held the ground (issue 26, day-precise part). */
const GROUND = new Set(['occupations-1918-1923', 'control-1918-1923']);

/** Who held a point on a day, as "POWER control" of each control feature there. */
function holders(lon: number, lat: number, date: string): string[] {
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
    .filter((f) => GROUND.has(f.layer))
    .map((f) => `${f.properties.power} ${f.properties.control}`);
}

/** A point, the day before a change and the day of it, and who held it on each. */
type DayCase = [place: string, lon: number, lat: number, before: string, beforeHolder: string, after: string, afterHolder: string];

function checkDays(cases: DayCase[]): void {
  for (const [place, lon, lat, before, beforeHolder, after, afterHolder] of cases) {
    it(`${place}: ${beforeHolder} on ${before}, ${afterHolder} on ${after}`, () => {
      expect(holders(lon, lat, before)).toEqual([beforeHolder]);
      expect(holders(lon, lat, after)).toEqual([afterHolder]);
    });
  }
}

describe('finding 5: Medina Ottoman until 10 January 1919', () => {
  checkDays([
    ['Medina', 39.61, 24.47, '1918-10-30', 'OTT sovereignty', '1919-01-09', 'OTT sovereignty'],
    ['Medina', 39.61, 24.47, '1919-01-09', 'OTT sovereignty', '1919-01-10', 'HEJ sovereignty'],
    ['Mecca', 39.83, 21.42, '1918-11-01', 'HEJ sovereignty', '1919-01-10', 'HEJ sovereignty'],
  ]);
});
