import { describe, expect, it } from 'vitest';
import { dayOf, formatDay } from '../../src/data/dates.ts';
import { holderProblems, realIndex } from './geodata_helpers.ts';

const LAYERS = new Set(['occupations-1918-1923', 'control-1918-1923']);
const PLACES: Record<string, [number, number]> = {
  smyrna: [27.14, 38.42], bursa: [29.06, 40.19], eskisehir: [30.52, 39.78], afyon: [30.54, 38.76], ankara: [32.85, 39.93],
  constantinople: [28.98, 41.01], adana: [35.32, 37.0], batumi: [41.65, 41.62], kars: [43.1, 40.6],
};
/** Who held a place on a day: the powers of the control features there, disputed ones marked. */
function heldBy(place: string, date: string): string[] {
  const [lon, lat] = PLACES[place]!;
  return realIndex()
    .query(lon, lat, { day: dayOf(date)!, kind: 'control' })
    .filter((f) => LAYERS.has(f.layer))
    .map((f) => (f.properties.control === 'disputed' ? `${f.properties.power}?` : f.properties.power));
}

describe('who held the ground, day by day', () => {
  const cases: [string, string, string, boolean][] = [
    ['smyrna', '1919-05-01', 'GRC', false], ['smyrna', '1920-01-01', 'GRC', true], ['smyrna', '1922-10-01', 'TUR', true],
    ['bursa', '1921-01-01', 'GRC', true], ['bursa', '1920-05-01', 'GRC', false],
    ['eskisehir', '1922-01-01', 'GRC', true], ['afyon', '1922-01-01', 'GRC', true],
    ['ankara', '1920-04-23', 'TUR', true], ['ankara', '1920-04-22', 'TUR', false],
    ['constantinople', '1921-01-01', 'INT', true], ['constantinople', '1924-01-01', 'TUR', true],
    ['adana', '1920-06-01', 'FRA', true], ['adana', '1922-06-01', 'FRA', false],
    ['batumi', '1919-06-01', 'GBR', true], ['batumi', '1922-01-01', 'GEO', true],
    ['kars', '1920-01-01', 'ARM', true], ['kars', '1921-01-01', 'TUR', true],
  ];
  for (const [place, date, power, held] of cases) {
    it(`${place} on ${date}: ${held ? '' : 'not '}${power}`, () => (held ? expect(heldBy(place, date)).toContain(power) : expect(heldBy(place, date)).not.toContain(power)));
  }

  it('covers every land point from the Aegean to the Caspian exactly once on every sampled day, except where marked disputed', () => {
    const failures: string[] = [];
    for (let day = dayOf('1918-10-30')!; day <= dayOf('1923-10-04')!; day += 61) failures.push(...holderProblems(day));
    expect(failures.slice(0, 20)).toEqual([]);
  });

  it('never overlaps two occupations on the same day', () => {
    const index = realIndex();
    const overlaps: string[] = [];
    for (let day = dayOf('1918-11-01')!; day <= dayOf('1923-10-01')!; day += 30) {
      for (let lon = 26.1371; lon <= 45; lon += 0.25) {
        for (let lat = 36.1129; lat <= 42; lat += 0.25) {
          const here = index.query(lon, lat, { day, layer: 'occupations-1918-1923' }).filter((f) => f.properties.control !== 'disputed');
          if (here.length > 1) overlaps.push(`${formatDay(day)} ${lon},${lat}: ${here.map((f) => f.properties.id).join(', ')}`);
        }
      }
    }
    expect(overlaps.slice(0, 10)).toEqual([]);
  });
});
