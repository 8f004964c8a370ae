import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { createPointInArea } from '../../src/data/point_in_area.ts';
import { realIndex } from './geodata_helpers.ts';

/**
 * The banded test must answer as turf does, on the real outlines: every vertex (on the outline,
 * so inside), the midpoint of every edge, and points scattered over each feature's box.
 */
describe('point in area, against turf on the real geodata', () => {
  const features = realIndex().features;

  it('gives turf\'s answer at every vertex, every edge\'s midpoint and 20 points in each box', () => {
    let random = 1914;
    const next = () => ((random = (random * 16807) % 2147483647) / 2147483647);
    const disagreements: string[] = [];
    let inside = 0;
    let outside = 0;
    for (const f of features) {
      const test = createPointInArea(f.geometry);
      const [w, s, e, n] = f.bbox;
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      const points: number[][] = rings.flatMap((ring) => ring.flatMap((p, i) => (i + 1 < ring.length ? [p, [(p[0]! + ring[i + 1]![0]!) / 2, (p[1]! + ring[i + 1]![1]!) / 2]] : [])));
      for (let k = 0; k < 20; k++) points.push([w + next() * (e - w), s + next() * (n - s)]);
      for (const [lon, lat] of points) {
        const expected = booleanPointInPolygon([lon!, lat!], f.geometry);
        if (test(lon!, lat!) !== expected) disagreements.push(`${f.properties.id} at ${lon} ${lat}: turf ${expected}`);
        if (expected) inside++;
        else outside++;
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(inside).toBeGreaterThan(10_000);
    expect(outside).toBeGreaterThan(1_000);
  });

  it('answers outside a polygon\'s box and in its hole without testing edges that are far away', () => {
    const holed = createPointInArea({ type: 'Polygon', coordinates: [[[40, 38], [44, 38], [44, 42], [40, 42], [40, 38]], [[41, 39], [41, 40], [42, 40], [42, 39], [41, 39]]] });
    expect([holed(43, 41), holed(41.5, 39.5), holed(41, 39.5), holed(44, 42), holed(44.1, 42), holed(40, 37.9)]).toEqual([true, false, true, true, false, false]);
  });
});
