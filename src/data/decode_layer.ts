import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
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
 * @throws Error when the JSON is not a topology with a layer object
 */
export function decodeLayer(json: unknown): FeatureCollection {
  const topology = json as Topology | null;
  if (topology?.type !== 'Topology' || !topology.objects?.[LAYER_OBJECT]) throw new Error(`not a TopoJSON topology with a "${LAYER_OBJECT}" object`);
  const collection = feature(topology, topology.objects[LAYER_OBJECT]) as FeatureCollection;
  for (const f of collection.features) if (f.geometry) roundInPlace(f.geometry);
  return collection;
}

/**
 * Quantized positions come back a hair off the GeoJSON's decimals (35.950000000001), and two
 * layers would then disagree on a line they share; rounding restores them exactly. In place,
 * because topojson-client gives every position an array of its own, and this runs on every load.
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
