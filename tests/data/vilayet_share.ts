import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LayerFeatureProperties } from '../../src/data/contract.ts';
import type { Day } from '../../src/data/dates.ts';
import { realIndex } from './geodata_helpers.ts';

/**
 * Amasyali (2020), Ottoman Anatolia Schooling HGIS, CC BY 4.0, kaza polygons dissolved to
 * vilayets: a dataset we did not draw (a test fixture with its attribution and licence; nothing
 * of it enters geodata/).
 */
const FILE = fileURLToPath(new URL('../fixtures/ottoman-vilayets-c1900/vilayets.geojson', import.meta.url));
let vilayets: FeatureCollection<Polygon | MultiPolygon, { unit: string }> | undefined;

/**
 * Share of a vilayet's land (sampled on a 0.1-degree grid; the reference polygons run out to sea,
 * so land is where our 1914 layer has any feature) in features of `layer` that pass `test`, on
 * `day` if given.
 */
export function vilayetShare(unit: string, layer: string, test: (p: LayerFeatureProperties) => boolean, day?: Day): number {
  vilayets ??= JSON.parse(readFileSync(FILE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { unit: string }>;
  const vilayet = vilayets.features.find((f) => f.properties.unit === unit)!;
  const ring = vilayet.geometry.type === 'Polygon' ? vilayet.geometry.coordinates[0]! : vilayet.geometry.coordinates.flatMap((p) => p[0]!);
  const lons = ring.map((p) => p[0]!);
  const lats = ring.map((p) => p[1]!);
  let inside = 0;
  let hits = 0;
  for (let lon = Math.min(...lons); lon <= Math.max(...lons); lon += 0.1) {
    for (let lat = Math.min(...lats); lat <= Math.max(...lats); lat += 0.1) {
      if (!booleanPointInPolygon([lon, lat], vilayet.geometry) || realIndex().query(lon, lat, { layer: 'borders-1914' }).length === 0) continue;
      inside++;
      if (realIndex().query(lon, lat, { layer, ...(day === undefined ? {} : { day }) }).some((f) => test(f.properties))) hits++;
    }
  }
  return hits / inside;
}
