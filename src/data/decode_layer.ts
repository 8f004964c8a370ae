import { feature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { COORDINATE_DECIMALS } from './contract.ts';

/** The name of the one object in a layer's TopoJSON. */
export const LAYER_OBJECT = 'layer';

/** Where the built app serves a layer's TopoJSON: beside its GeoJSON, as `<layer>.topojson`. */
export function topologyPath(geojsonPath: string): string {
  return geojsonPath.replace(/\.geojson$/, '.topojson');
}

/**
 * A layer back from the TopoJSON the built app serves beside its GeoJSON (see encodeLayer):
 * the same features in the same order with the same coordinates; only a ring may start at
 * another of its vertices.
 *
 * A line or an area gets its coordinates from the topology's arcs when they are first read (see
 * lazyGeometry): the first view draws the few features in force on one day, and decoding every
 * period of every layer before it made a cold load ~3% slower (two runs of interleaved loads:
 * 799 to 775 ms, 778 to 756).
 *
 * @throws Error when the JSON is not a topology with a layer object
 */
export function decodeLayer(json: unknown): FeatureCollection {
  const topology = json as Topology | null;
  const object = topology?.objects?.[LAYER_OBJECT];
  if (topology?.type !== 'Topology' || object?.type !== 'GeometryCollection') throw new Error(`not a TopoJSON topology with a "${LAYER_OBJECT}" collection`);
  return {
    type: 'FeatureCollection',
    features: object.geometries.map((g): Feature => ({ type: 'Feature', ...(g.id != null ? { id: g.id } : {}), properties: g.properties ?? {}, geometry: lazyGeometry(topology, g) as Geometry })),
  };
}

/**
 * A geometry whose type is known at once and whose coordinates are decoded at their first read
 * (by MapLibre as it sends a source to its worker, by a point query, by a comparison), then kept.
 * Points have no arcs to decode and come back as they are.
 */
function lazyGeometry(topology: Topology, object: GeometryObject<GeoJsonProperties>): Geometry | null {
  if (object.type === null) return null;
  if (object.type === 'Point' || object.type === 'MultiPoint' || object.type === 'GeometryCollection') return decodeGeometry(topology, object);
  const geometry = { type: object.type } as Geometry;
  const keep = (coordinates: unknown) => Object.defineProperty(geometry, 'coordinates', { value: coordinates, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(geometry, 'coordinates', {
    enumerable: true,
    configurable: true,
    get: () => {
      const { coordinates } = decodeGeometry(topology, object) as Exclude<Geometry, { type: 'GeometryCollection' }>;
      keep(coordinates);
      return coordinates;
    },
    set: keep,
  });
  return geometry;
}

function decodeGeometry(topology: Topology, object: GeometryObject<GeoJsonProperties>): Geometry {
  const { geometry } = feature(topology, object) as Feature;
  roundInPlace(geometry);
  return geometry;
}

/**
 * Quantized positions come back a hair off the GeoJSON's decimals (35.950000000001), and two
 * layers would then disagree on a line they share; rounding restores them exactly. In place,
 * because topojson-client gives every position an array of its own.
 */
function roundInPlace(geometry: Geometry): void {
  const factor = 10 ** COORDINATE_DECIMALS;
  const visit = (c: unknown[]): void => {
    if (typeof c[0] === 'number') {
      for (let i = 0; i < c.length; i++) c[i] = Math.round((c[i] as number) * factor) / factor;
    } else for (const child of c) visit(child as unknown[]);
  };
  if (geometry.type === 'GeometryCollection') geometry.geometries.forEach(roundInPlace);
  else visit(geometry.coordinates);
}
