import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { bbox } from '@turf/turf';
import { COORDINATE_DECIMALS } from '../data/contract.ts';
import { LAYER_OBJECT } from '../data/decode_layer.ts';

/**
 * A layer as TopoJSON, for the app to download: each line shared by several features (a coast
 * that every period of the control layer repeats) is stored once, and positions become small
 * integer steps. The grid is as fine as the GeoJSON's decimals, so decodeLayer gives back the
 * same coordinates (control-1918-1923: 554 KB gzipped as GeoJSON, 52 KB as TopoJSON).
 */
export function encodeLayer(collection: FeatureCollection): Topology {
  const [west, south, east, north] = bbox(collection);
  const steps = Math.round(Math.max(east - west, north - south) * 10 ** COORDINATE_DECIMALS);
  return topology({ [LAYER_OBJECT]: collection }, Math.max(2, steps + 1));
}
