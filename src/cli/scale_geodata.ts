import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Geometry, Position } from 'geojson';
import type { LayerCollection, LayerFeature } from '../data/contract.ts';
import { formatDay, parsePartialDate } from '../data/dates.ts';
import { topologyPath } from '../data/decode_layer.ts';
import { encodeLayer } from './encode_layer.ts';

/** Degrees the copies are moved by: enough to draw new pixels, not enough to leave the view. */
const JITTER = 0.3;
/** Days between the lives of successive copies, so that the sets in force change at new dates. */
const SHIFT_DAYS = 20;

/**
 * Multiplies the features of every geodata layer of a built app in place, for measuring how a
 * date change scales: each feature gets `copies` more, each moved a little around a circle, its
 * dates shifted by a few weeks and its id made unique, so the app treats them as real features.
 * Both files of a layer are rewritten: the GeoJSON and the TopoJSON the app downloads.
 *
 * @param appDir - a copy of dist/ (never dist/ itself: the layer files are rewritten)
 * @returns the number of features before and after
 */
export function scaleGeodata(appDir: string, copies: number): { before: number; after: number } {
  const catalog = JSON.parse(readFileSync(join(appDir, 'geodata/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
  let before = 0;
  let after = 0;
  for (const { path } of catalog.resources) {
    const file = join(appDir, 'geodata', path);
    const layer = JSON.parse(readFileSync(file, 'utf8')) as LayerCollection;
    const copied = layer.features.flatMap((f) => Array.from({ length: copies }, (_, i) => copyFeature(f, i + 1, copies)));
    before += layer.features.length;
    layer.features.push(...copied);
    after += layer.features.length;
    writeFileSync(file, JSON.stringify(layer));
    writeFileSync(topologyPath(file), JSON.stringify(encodeLayer(layer)));
  }
  return { before, after };
}

function copyFeature(feature: LayerFeature, k: number, copies: number): LayerFeature {
  const angle = (2 * Math.PI * k) / copies;
  const move = ([lon, lat, ...rest]: Position): Position => [lon! + JITTER * Math.cos(angle), lat! + JITTER * Math.sin(angle), ...rest];
  const { start_date, end_date } = feature.properties;
  return {
    ...feature,
    properties: {
      ...feature.properties,
      id: `${feature.properties.id}~${k}`,
      ...(start_date === undefined ? {} : { start_date: shift(start_date, k * SHIFT_DAYS) }),
      ...(end_date === undefined ? {} : { end_date: shift(end_date, k * SHIFT_DAYS) }),
    },
    geometry: mapPositions(feature.geometry, move),
  };
}

/** A partial date moved by some days, as a full date (the first day it names, plus the shift). */
function shift(date: string, days: number): string {
  return formatDay(parsePartialDate(date)!.start + days);
}

function mapPositions(geometry: Geometry, move: (p: Position) => Position): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: move(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: geometry.coordinates.map(move) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((line) => line.map(move)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(move))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => mapPositions(g, move)) };
  }
}
