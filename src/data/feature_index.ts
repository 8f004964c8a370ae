import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { isArea, type AreaFeatureProperties, type AreaKind, type LayerCollection } from './contract.ts';
import { featureInterval, isActiveOn, type Day, type DayInterval } from './dates.ts';
import { createPointInArea, type PointInArea } from './point_in_area.ts';

/** One area (a claim or a control period) of a layer, ready for point queries. */
export interface IndexedFeature {
  layer: string;
  properties: AreaFeatureProperties;
  interval: DayInterval;
  geometry: Polygon | MultiPolygon;
  bbox: [number, number, number, number];
}

export interface PointQueryOptions {
  /** Only features in force on this day. */
  day?: Day;
  /** Only features of this layer. */
  layer?: string;
  kind?: AreaKind;
}

export interface FeatureIndex {
  /** Every areal feature containing the point (borders included), in layer and feature order. */
  query(lon: number, lat: number, options?: PointQueryOptions): IndexedFeature[];
  readonly features: readonly IndexedFeature[];
}

/** Grid cell size in degrees: a point tests only the features whose box touches its cell. */
const CELL = 1;

/**
 * Indexes the areas (claims and control) of some layers for "what was here (when)" queries: a grid of
 * bounding boxes, then an exact point-in-polygon test over the edges near the point (made for a
 * feature the first time a point falls in its box: a query without a day tests every period).
 * Events and flows are not ground a place lies in, so they are left out. The query CLI and the
 * app's timelines both use it.
 */
export function createFeatureIndex(layers: { id: string; collection: LayerCollection }[]): FeatureIndex {
  const features: IndexedFeature[] = [];
  for (const { id, collection } of layers) {
    for (const f of collection.features) {
      if (!isAreal(f.geometry) || !isArea(f.properties)) continue;
      features.push({ layer: id, properties: f.properties, interval: featureInterval(f.properties.start_date, f.properties.end_date), geometry: f.geometry, bbox: boundingBox(f.geometry) });
    }
  }
  const grid = new Map<string, number[]>();
  features.forEach((f, i) => {
    const [w, s, e, n] = f.bbox;
    for (let x = Math.floor(w / CELL); x <= Math.floor(e / CELL); x++) {
      for (let y = Math.floor(s / CELL); y <= Math.floor(n / CELL); y++) {
        const key = `${x}/${y}`;
        const cell = grid.get(key);
        if (cell) cell.push(i);
        else grid.set(key, [i]);
      }
    }
  });
  const tests = new Map<IndexedFeature, PointInArea>();
  const contains = (f: IndexedFeature, lon: number, lat: number) => {
    let test = tests.get(f);
    if (!test) tests.set(f, (test = createPointInArea(f.geometry)));
    return test(lon, lat);
  };
  return {
    features,
    query(lon, lat, options = {}) {
      const candidates = grid.get(`${Math.floor(lon / CELL)}/${Math.floor(lat / CELL)}`) ?? [];
      return candidates
        .map((i) => features[i]!)
        .filter((f) => {
          if (options.layer !== undefined && f.layer !== options.layer) return false;
          if (options.kind !== undefined && f.properties.kind !== options.kind) return false;
          if (options.day !== undefined && !isActiveOn(f.interval, options.day)) return false;
          const [w, s, e, n] = f.bbox;
          return lon >= w && lon <= e && lat >= s && lat <= n && contains(f, lon, lat);
        });
    },
  };
}

function isAreal(g: Geometry | null): g is Polygon | MultiPolygon {
  return g?.type === 'Polygon' || g?.type === 'MultiPolygon';
}

function boundingBox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    for (const [lon, lat] of polygon[0]!) {
      if (lon! < w) w = lon!;
      if (lon! > e) e = lon!;
      if (lat! < s) s = lat!;
      if (lat! > n) n = lat!;
    }
  }
  return [w, s, e, n];
}
