import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Geometry, Position } from 'geojson';
import type { LayerCollection } from '../../src/data/contract.ts';
import { decodeLayer } from '../../src/data/decode_layer.ts';
import { encodeLayer } from '../../src/cli/encode_layer.ts';
import { GEODATA_DIR } from './geodata_helpers.ts';

const LAYERS = readdirSync(GEODATA_DIR).filter((name) => name.endsWith('.geojson'));

/** A closed ring as the list of its vertices from its smallest one: where a ring starts is not part of its shape. */
function fromSmallest(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  const key = (p: Position) => p[0]! * 1e3 + p[1]!;
  const start = open.reduce((best, p, i) => (key(p) < key(open[best]!) ? i : best), 0);
  return [...open.slice(start), ...open.slice(0, start)];
}

function shape(geometry: Geometry): unknown {
  if (geometry.type === 'Polygon') return geometry.coordinates.map(fromSmallest);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.map((polygon) => polygon.map(fromSmallest));
  if (geometry.type === 'GeometryCollection') return geometry.geometries.map(shape);
  return geometry.coordinates;
}

describe('the TopoJSON the app downloads', () => {
  it.each(LAYERS)('%s comes back with the same features, properties and coordinates', (name) => {
    const layer = JSON.parse(readFileSync(join(GEODATA_DIR, name), 'utf8')) as LayerCollection;
    const back = decodeLayer(JSON.parse(JSON.stringify(encodeLayer(layer))));
    expect(back.features.map((f) => f.properties)).toEqual(layer.features.map((f) => f.properties));
    expect(back.features.map((f) => f.geometry.type)).toEqual(layer.features.map((f) => f.geometry.type));
    back.features.forEach((f, i) => expect(shape(f.geometry), layer.features[i]!.properties.id).toEqual(shape(layer.features[i]!.geometry)));
  });

  it('decodes an area at the first read of its coordinates, and a structured clone (how MapLibre sends a source to its worker) carries them', () => {
    const layer = JSON.parse(readFileSync(join(GEODATA_DIR, 'control-1918-1923.geojson'), 'utf8')) as LayerCollection;
    const back = decodeLayer(JSON.parse(JSON.stringify(encodeLayer(layer))));
    const coordinates = (f: (typeof back.features)[number]) => Object.getOwnPropertyDescriptor(f.geometry, 'coordinates')!;
    expect(back.features.every((f) => coordinates(f).get !== undefined)).toBe(true);
    const sent = structuredClone(back.features[0]!);
    expect(shape(sent.geometry)).toEqual(shape(layer.features[0]!.geometry));
    // Kept once decoded; the other features are still undecoded.
    expect(coordinates(back.features[0]!).get).toBeUndefined();
    expect(coordinates(back.features[0]!).value).toBeInstanceOf(Array);
    expect(back.features.slice(1).every((f) => coordinates(f).get !== undefined)).toBe(true);
  });

  it('weighs a fraction of the control layer, whose periods repeat the same coasts', () => {
    const text = readFileSync(join(GEODATA_DIR, 'control-1918-1923.geojson'));
    const topology = JSON.stringify(encodeLayer(JSON.parse(text.toString('utf8')) as LayerCollection));
    expect(gzipSync(topology).length).toBeLessThan(gzipSync(text).length / 5);
  });

  it('refuses what is not a layer topology', () => {
    expect(() => decodeLayer({ type: 'FeatureCollection', features: [] })).toThrow(/TopoJSON/);
  });
});
