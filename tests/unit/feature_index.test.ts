import { describe, expect, it } from 'vitest';
import type { AreaFeatureProperties, LayerCollection } from '../../src/data/contract.ts';
import { dayOf } from '../../src/data/dates.ts';
import { createFeatureIndex } from '../../src/data/feature_index.ts';

const props = (id: string, extra: Partial<AreaFeatureProperties> = {}): AreaFeatureProperties => ({
  id, name: id, kind: 'control', power: 'OTT', control: 'sovereignty', precision: 'schematic', sources: [{ id: 'test', locator: '-' }], ...extra,
});

/** A square zone 40-44 E, 38-42 N with a hole 41-42 E, 39-40 N; an archipelago of two squares; a dated zone. */
const FIXTURE: LayerCollection = Object.freeze({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: props('holed'), geometry: { type: 'Polygon', coordinates: [[[40, 38], [44, 38], [44, 42], [40, 42], [40, 38]], [[41, 39], [41, 40], [42, 40], [42, 39], [41, 39]]] } },
    { type: 'Feature', properties: props('islands', { kind: 'claim', power: 'GRC' }), geometry: { type: 'MultiPolygon', coordinates: [[[[25, 38], [26, 38], [26, 39], [25, 39], [25, 38]]], [[[27.5, 38.5], [28, 38.5], [28, 39], [27.5, 39], [27.5, 38.5]]]] } },
    { type: 'Feature', properties: props('dated', { start_date: '1919-05-15', end_date: '1922-09-09', power: 'GRC', control: 'occupation' }), geometry: { type: 'Polygon', coordinates: [[[26.5, 38], [27.5, 38], [27.5, 39], [26.5, 39], [26.5, 38]]] } },
    { type: 'Feature', properties: props('place'), geometry: { type: 'Point', coordinates: [41.5, 39.5] } },
  ],
}) as LayerCollection;

const index = createFeatureIndex([{ id: 'fixture', collection: FIXTURE }]);
const ids = (lon: number, lat: number, options = {}) => index.query(lon, lat, options).map((f) => f.properties.id);

describe('point queries', () => {
  it('finds a point inside a polygon but not inside its hole', () => {
    expect(ids(43, 41)).toEqual(['holed']);
    expect(ids(41.5, 39.5)).toEqual([]);
  });
  it('finds either part of a multipolygon, nothing between the parts, and both features on a shared edge', () => {
    expect(ids(25.5, 38.5)).toEqual(['islands']);
    expect(ids(27.5, 38.75)).toEqual(['islands', 'dated']);
    expect(ids(26.2, 38.5)).toEqual([]);
  });
  it('answers just inside and just outside an edge, and counts the edge itself as inside', () => {
    expect(ids(40.00001, 40)).toEqual(['holed']);
    expect(ids(39.99999, 40)).toEqual([]);
    expect(ids(40, 40)).toEqual(['holed']);
    expect(ids(41, 39.5)).toEqual(['holed']);
  });
  it('answers across grid-cell boundaries (the index uses 1-degree cells)', () => {
    expect(ids(42.0, 41.0)).toEqual(['holed']);
    expect(ids(43.99999, 41.99999)).toEqual(['holed']);
  });
  it('filters by day with the start inclusive and the end exclusive', () => {
    expect(ids(27, 38.5, { day: dayOf('1919-05-14') })).toEqual([]);
    expect(ids(27, 38.5, { day: dayOf('1919-05-15') })).toEqual(['dated']);
    expect(ids(27, 38.5, { day: dayOf('1922-09-08') })).toEqual(['dated']);
    expect(ids(27, 38.5, { day: dayOf('1922-09-09') })).toEqual([]);
  });
  it('filters by kind and by layer, and ignores points', () => {
    expect(ids(27.5, 38.75, { kind: 'claim' })).toEqual(['islands']);
    expect(ids(27.5, 38.75, { kind: 'control' })).toEqual(['dated']);
    expect(ids(43, 41, { layer: 'other' })).toEqual([]);
    expect(index.features.map((f) => f.properties.id)).not.toContain('place');
  });
});
