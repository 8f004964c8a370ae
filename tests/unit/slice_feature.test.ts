import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import { sliceFeature } from '../../src/cli/slice_feature.ts';
import type { LayerFeatureProperties } from '../../src/data/contract.ts';
import { featureInterval } from '../../src/data/dates.ts';

const square = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const base: LayerFeatureProperties = Object.freeze({ id: 'rest', name: 'The rest', kind: 'control', power: 'OTT', control: 'sovereignty', start_date: '1918-10-30', end_date: '1923-10-04', precision: 'schematic', sources: [{ id: 't', locator: '-' }] });

describe('sliced features', () => {
  const landing = { geometry: square(27, 38, 28, 39), interval: featureInterval('1919-05-15', '1922-09-09') };
  const advance = { geometry: square(28, 39, 29, 40), interval: featureInterval('1920-07-08', '1922-09-11') };
  const faraway = { geometry: square(50, 30, 51, 31), interval: featureInterval('1920-01-01', '1921-01-01') };
  const slices = sliceFeature(base, square(26, 37, 30, 41), [landing, advance, faraway]);

  it('cuts one period per change in the occupations in force, and ignores cutters that do not touch it', () => {
    expect(slices.map((s) => [s.properties.id, s.properties.start_date, s.properties.end_date])).toEqual([
      ['rest--1918-10-30', '1918-10-30', '1919-05-15'],
      ['rest--1919-05-15', '1919-05-15', '1920-07-08'],
      ['rest--1920-07-08', '1920-07-08', '1922-09-09'],
      ['rest--1922-09-09', '1922-09-09', '1922-09-11'],
      ['rest--1922-09-11', '1922-09-11', '1923-10-04'],
    ]);
  });
  it('leaves exactly the ground the cutters do not hold', () => {
    const km2 = (g: Polygon) => area(g) / 1e6;
    const [before, afterLanding, both] = slices.map((s) => area(s.geometry as Polygon) / 1e6);
    expect(before).toBeCloseTo(km2(square(26, 37, 30, 41)), 0);
    expect(afterLanding!).toBeCloseTo(before! - km2(landing.geometry), 0);
    expect(both!).toBeCloseTo(before! - km2(landing.geometry) - km2(advance.geometry), 0);
    expect(slices.every((s) => s.properties.name === 'The rest' && s.properties.power === 'OTT')).toBe(true);
  });
  it('keeps an open start open and merges periods that come out the same', () => {
    const open = sliceFeature({ ...base, start_date: undefined, end_date: undefined }, square(26, 37, 30, 41), [landing]);
    expect(open.map((s) => [s.properties.id, s.properties.start_date, s.properties.end_date])).toEqual([
      ['rest--start', undefined, '1919-05-15'],
      ['rest--1919-05-15', '1919-05-15', '1922-09-09'],
      ['rest--1922-09-09', '1922-09-09', undefined],
    ]);
  });
});
