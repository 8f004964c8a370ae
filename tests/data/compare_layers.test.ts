import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { compareLayers } from '../../src/data/compare_layers.ts';
import type { LayerCollection } from '../../src/data/contract.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

const layer = (id: string) => JSON.parse(readFileSync(join(GEODATA_DIR, `${id}.geojson`), 'utf8')) as LayerCollection;

/**
 * An independent area computation, sharing no code with turf: scanlines every 0.005 degrees of
 * latitude, even-odd crossings per feature, interval sets merged or subtracted row by row, each
 * row's length turned into km2 on the sphere (R = 6371.0088 km, turf's radius).
 */
const STEP = 0.005;
const R = 6371.0088;
type Intervals = [number, number][];

function rings(c: LayerCollection, keep: (p: LayerCollection['features'][number]['properties']) => boolean): Position[][][] {
  return c.features.filter((f) => keep(f.properties)).flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : []));
}
function rowIntervals(polygon: Position[][], lat: number): Intervals {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      if ((y1! <= lat) !== (y2! <= lat)) xs.push(x1! + ((lat - y1!) / (y2! - y1!)) * (x2! - x1!));
    }
  }
  xs.sort((a, b) => a - b);
  const out: Intervals = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i]!, xs[i + 1]!]);
  return out;
}
function merge(list: Intervals): Intervals {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: Intervals = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
function subtract(a: Intervals, b: Intervals): Intervals {
  let out = a;
  for (const [bs, be] of b) out = out.flatMap(([s, e]): Intervals => (be <= s || bs >= e ? [[s, e]] : [...(bs > s ? [[s, bs] as [number, number]] : []), ...(be < e ? [[be, e] as [number, number]] : [])]));
  return out;
}
function scanArea(plus: Position[][][], minus: Position[][][] = []): number {
  let total = 0;
  for (let lat = 20 + STEP / 2; lat < 55; lat += STEP) {
    const row = subtract(merge(plus.flatMap((p) => rowIntervals(p, lat))), merge(minus.flatMap((p) => rowIntervals(p, lat))));
    const degrees = row.reduce((sum, [s, e]) => sum + (e - s), 0);
    if (degrees > 0) total += R * R * ((degrees * Math.PI) / 180) * (Math.sin(((lat + STEP / 2) * Math.PI) / 180) - Math.sin(((lat - STEP / 2) * Math.PI) / 180));
  }
  return total;
}

const turkish = (p: { power: string; control?: string }) => (p.power === 'OTT' || p.power === 'TUR') && (p.control === 'sovereignty' || p.control === 'autonomy');
const within = (actual: number, expected: number) => {
  expect(expected).toBeGreaterThan(0);
  expect(Math.abs(actual - expected) / expected).toBeLessThan(0.005);
};

describe('comparing two treaties: figures computed with turf match an independent computation', () => {
  // Which way ground changed hands: Lausanne gave Turkey much that Sevres took from it, and took
  // nothing back; Kars gave Turkey the Artvin district and northern Ardahan, which Alexandropol's
  // art. 2 line left out (they were Georgian-held), and took nothing back.
  const pairs: [string, string, { gained: boolean; lost: boolean }][] = [
    ['sevres-1920', 'lausanne-1923', { gained: true, lost: false }],
    ['alexandropol-1920', 'kars-1921', { gained: true, lost: false }],
  ];
  for (const [a, b, changed] of pairs) {
    it(`${a} against ${b}`, () => {
      const [first, second] = [layer(a), layer(b)];
      const result = compareLayers(first, second);
      within(result.turkeyKm2[0], scanArea(rings(first, turkish)));
      within(result.turkeyKm2[1], scanArea(rings(second, turkish)));
      const gained = scanArea(rings(second, turkish), rings(first, turkish));
      const lost = scanArea(rings(first, turkish), rings(second, turkish));
      // Ground Turkey gained or lost: the same area in both computations, or none in either (where
      // two treaties share a line, turf leaves slivers of a few square metres).
      for (const [figure, actual, independent] of [['gained', result.gainedKm2, gained], ['lost', result.lostKm2, lost]] as const) {
        if (changed[figure]) within(actual, independent);
        else expect([actual, independent], `${figure}: nothing`).toEqual([expect.closeTo(0, 0), expect.closeTo(0, 0)]);
      }
    });
  }

  it('says what changed hands between Sevres and Lausanne, and where', () => {
    const places = [
      { id: 'izmir', name: 'Izmir', lon: 27.14, lat: 38.42 },
      { id: 'edirne', name: 'Edirne', lon: 26.56, lat: 41.68 },
      { id: 'erzurum', name: 'Erzurum', lon: 41.28, lat: 39.9 },
      { id: 'ankara', name: 'Ankara', lon: 32.85, lat: 39.93 },
    ];
    const result = compareLayers(layer('sevres-1920'), layer('lausanne-1923'), places);
    expect(result.places).toEqual([
      { id: 'izmir', name: 'Izmir', from: 'GRC', to: 'TUR' },
      { id: 'edirne', name: 'Edirne', from: 'GRC', to: 'TUR' },
      { id: 'erzurum', name: 'Erzurum', from: 'ARM', to: 'TUR' },
    ]);
    expect(result.gainedKm2).toBeGreaterThan(150_000);
    expect(result.changed.features.map((f) => `${f.properties.from}->${f.properties.to}`)).toEqual(expect.arrayContaining(['ARM->TUR', 'GRC->TUR']));
    const armenia = result.powers.find((p) => p.power === 'ARM')!;
    within(armenia.km2[0], scanArea(rings(layer('sevres-1920'), (p) => p.power === 'ARM')));
  });
});
