import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LayerFeatureProperties } from '../data/contract.ts';
import { featureDays, formatDay } from '../data/dates.ts';
import { FIRST_DAY, LAST_DAY } from '../ui/permalink.ts';
import { LAYER_OBJECT, topologyPath } from '../data/decode_layer.ts';

/** Open ends are cut at the slider's range, the only days a reader can see. */
const RANGE = { start: FIRST_DAY, end: LAST_DAY + 1 };

/**
 * Multiplies the features of every geodata layer of a built app in place, for measuring how a
 * date change scales with the size of the data: each feature becomes `copies + 1` features that
 * share its life between them, one after the other, each with an id of its own. That is what
 * more data means here (a layer cut into many more periods, as the day-precise fronts cut the
 * control layer), so about as many features are in force on a day as in the real data, and all
 * the others wait in the map's sources, hidden. The copies keep the original's shape, as the
 * periods of a layer mostly repeat each other's lines: in the TopoJSON they share its arcs, as
 * the build would store them. Only the TopoJSON is rewritten: it is the file the app reads (the
 * GeoJSON of a layer 100 times over would pass half a gigabyte).
 *
 * @param appDir - a copy of dist/ (never dist/ itself: the layer files are rewritten)
 * @returns the number of features before and after
 */
export function scaleGeodata(appDir: string, copies: number): { before: number; after: number } {
  const catalog = JSON.parse(readFileSync(join(appDir, 'geodata/datapackage.json'), 'utf8')) as { resources: { path: string }[] };
  let before = 0;
  let after = 0;
  for (const { path } of catalog.resources) {
    const file = topologyPath(join(appDir, 'geodata', path));
    const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology;
    const layer = topology.objects[LAYER_OBJECT] as GeometryCollection;
    before += layer.geometries.length;
    layer.geometries = layer.geometries.flatMap((g) => Array.from({ length: copies + 1 }, (_, k) => ({ ...g, properties: part(g.properties as LayerFeatureProperties, k, copies + 1) })));
    after += layer.geometries.length;
    writeFileSync(file, JSON.stringify(topology));
  }
  return { before, after };
}

/**
 * Part `k` of `parts` of a feature's life: a life shorter than `parts` days (an event's day)
 * gives each part one day, the days after it.
 */
function part(properties: LayerFeatureProperties, k: number, parts: number): LayerFeatureProperties {
  const { start, end } = featureDays(properties);
  const first = Math.max(start, RANGE.start);
  const length = Math.max(1, Math.floor((Math.min(end, RANGE.end) - first) / parts));
  return { ...properties, id: k === 0 ? properties.id : `${properties.id}~${k}`, start_date: formatDay(first + k * length), end_date: formatDay(first + (k + 1) * length) };
}
