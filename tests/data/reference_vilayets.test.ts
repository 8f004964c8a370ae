import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { realIndex } from './geodata_helpers.ts';

/**
 * An independent check against a dataset we did not draw: Amasyali (2020), Ottoman Anatolia
 * Schooling HGIS, CC BY 4.0, kaza polygons dissolved to vilayets (a test fixture with its
 * attribution and licence; nothing of it enters geodata/). It tests whether our lines put whole
 * provinces where the treaties did.
 */
const FILE = fileURLToPath(new URL('../fixtures/ottoman-vilayets-c1900/vilayets.geojson', import.meta.url));

/**
 * Share of a vilayet's land (sampled on a 0.1-degree grid; the reference polygons run out to sea,
 * so land is where our 1914 layer has any feature) in features of a layer with a power and control.
 */
function share(vilayets: FeatureCollection<Polygon | MultiPolygon, { unit: string }>, unit: string, layer: string, match: string): number {
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
      if (realIndex().query(lon, lat, { layer }).some((f) => `${f.properties.power} ${f.properties.control}` === match)) hits++;
    }
  }
  return hits / inside;
}

describe('our lines against an independent vilayet dataset (Amasyali 2020)', () => {
  const vilayets = () => JSON.parse(readFileSync(FILE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { unit: string }>;

  it('leaves Erzurum, Van and Trabzon vilayets Ottoman in 1914', () => {
    for (const unit of ['Erzurum', 'Van', 'Trabzon']) expect(share(vilayets(), unit, 'borders-1914', 'OTT sovereignty'), unit).toBeGreaterThan(0.9);
  });
  it("gives Russia's 1916 share the vilayets of Erzurum, Van and Bitlis", () => {
    for (const unit of ['Erzurum', 'Van', 'Bitlis']) expect(share(vilayets(), unit, 'sykes-picot-1916', 'RUS sovereignty'), unit).toBeGreaterThan(0.8);
  });
  it("draws Wilson's Armenia over most of Erzurum and Bitlis vilayets but leaves Edirne vilayet out of Turkey under Sevres", () => {
    expect(share(vilayets(), 'Erzurum', 'sevres-1920', 'ARM sovereignty')).toBeGreaterThan(0.6);
    expect(share(vilayets(), 'Edirne', 'sevres-1920', 'OTT sovereignty')).toBeLessThan(0.05);
  });
});
