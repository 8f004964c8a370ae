import { bboxPolygon, booleanIntersects } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { meetsBox, type Box } from '../../src/data/meets_box.ts';
import { readSnapshot } from '../../src/cli/geodata_files.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

describe('meetsBox', () => {
  const square: Box = [10, 10, 12, 12];

  it('finds a line that crosses the box with no vertex in it, and not one that passes it by', () => {
    expect(meetsBox({ type: 'LineString', coordinates: [[9, 9], [13, 13]] }, square)).toBe(true);
    expect(meetsBox({ type: 'LineString', coordinates: [[9, 12.5], [13, 13.5]] }, square)).toBe(false);
  });

  it('finds an area that holds the whole box, and not a box in its hole or in the notch of its outline', () => {
    const around = [[0, 0], [20, 0], [20, 20], [0, 20], [0, 0]];
    const hole = [[5, 5], [15, 5], [15, 15], [5, 15], [5, 5]];
    expect(meetsBox({ type: 'Polygon', coordinates: [around] }, square)).toBe(true);
    expect(meetsBox({ type: 'Polygon', coordinates: [around, hole] }, square)).toBe(false);
    // An L whose bounding box holds the square, but not its ground.
    const l = [[0, 0], [20, 0], [20, 5], [5, 5], [5, 20], [0, 20], [0, 0]];
    expect(meetsBox({ type: 'MultiPolygon', coordinates: [[l]] }, square)).toBe(false);
    expect(meetsBox({ type: 'Point', coordinates: [11, 10] }, square)).toBe(true);
  });

  it('answers as turf does for every feature of the real geodata, in views from the whole region to a town', () => {
    const features = Object.values(readSnapshot(GEODATA_DIR).layers).flatMap((c) => (c as FeatureCollection).features);
    const views: Box[] = [
      [24.5, 30.5, 50, 44],
      [26.5, 37.9, 27.8, 38.9],
      [42.8, 40.4, 43.4, 40.8],
      [35.9, 36.4, 36.4, 36.8],
      [28.8, 40.9, 29.2, 41.2],
      [44.0, 33.0, 44.7, 33.6],
      [39.5, 40.8, 40.0, 41.1],
      [33.0, 39.0, 34.0, 40.0],
    ];
    const disagreements: string[] = [];
    let met = 0;
    for (const box of views) {
      const view = bboxPolygon(box);
      for (const f of features) {
        const expected = booleanIntersects(f, view);
        if (meetsBox(f.geometry, box) !== expected) disagreements.push(`${f.properties?.id} in ${box.join(' ')}: turf ${expected}`);
        if (expected) met++;
      }
    }
    expect(disagreements).toEqual([]);
    // Both answers occur often enough for the comparison to mean something.
    expect(met).toBeGreaterThan(500);
    expect(features.length * views.length - met).toBeGreaterThan(2000);
  });
});
