import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { area, bboxClip, centerOfMass } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { REGION } from '../data/region.ts';
import { BASEMAP_NAMES } from './basemap_names.ts';

/** Natural Earth scales shipped: 1:50m for the overview, 1:10m once the user zooms in. */
export type BasemapScale = '50m' | '10m';

const require = createRequire(import.meta.url);

/** Seas named on the basemap: cartography, not history, so they live here rather than in geodata/. */
const SEA_LABELS: ReadonlyArray<[string, number, number]> = [
  ['Black Sea', 34.5, 43.2],
  ['Mediterranean Sea', 19.5, 34.0],
  ['Aegean Sea', 25.0, 38.8],
  ['Sea of Marmara', 28.1, 40.72],
  ['Caspian Sea', 50.8, 41.6],
  ['Persian Gulf', 51.0, 27.0],
  ['Red Sea', 38.0, 21.5],
  ['Adriatic Sea', 16.0, 42.6],
];

/** Clip margin: a little beyond the region so that lines do not end visibly at its edge. */
const CLIP_MARGIN = 1;

/**
 * Builds the offline basemap for one scale from Natural Earth (npm `world-atlas`, public
 * domain): land polygons, modern borders between countries (no coastlines), and label points
 * for modern countries and seas, all clipped to the region and rounded.
 *
 * @returns a FeatureCollection whose features carry `layer`: `land`, `border`, `country-label` or
 *   `sea-label`; labels carry `label:en`, `label:tr` and `label:ru`
 */
export function buildBasemap(scale: BasemapScale): FeatureCollection {
  const decimals = scale === '10m' ? 4 : 3;
  const [w, s, e, n] = REGION;
  const clipBox: [number, number, number, number] = [w - CLIP_MARGIN, s - CLIP_MARGIN, e + CLIP_MARGIN, n + CLIP_MARGIN];
  const land = require(`world-atlas/land-${scale}.json`) as Topology;
  const countries = require(`world-atlas/countries-${scale}.json`) as Topology;
  const countryObject = countries.objects.countries as GeometryCollection<{ name: string }>;
  const out: Feature[] = [];

  const landFc = feature(land, land.objects.land) as FeatureCollection<Polygon | MultiPolygon>;
  for (const f of landFc.features) pushClipped(out, f.geometry, clipBox, decimals, { layer: 'land' });

  const borders = mesh(countries, countryObject, (a, b) => a !== b);
  pushClipped(out, borders, clipBox, decimals, { layer: 'border' });

  const countryFc = feature(countries, countryObject) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  for (const c of countryFc.features) {
    const main = largestPart(c.geometry);
    const clipped = bboxClip(main, clipBox).geometry;
    if (clipped.coordinates.length === 0 || area(clipped) < 2e9) continue;
    const [lon, lat] = centerOfMass(clipped).geometry.coordinates;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    out.push(point(lon, lat, decimals, { layer: 'country-label', ...labels(c.properties.name, true) }));
  }
  for (const [name, lon, lat] of SEA_LABELS) out.push(point(lon, lat, decimals, { layer: 'sea-label', ...labels(name, false) }));
  return { type: 'FeatureCollection', features: out };
}

/**
 * A label in each language, countries in capitals. Capitalised here with each language's rules,
 * because MapLibre's text-transform knows none: Turkish "Suriye" is "SURİYE", not "SURIYE".
 */
function labels(name: string, capitals: boolean): Record<string, string> {
  const names = { en: name, ...(BASEMAP_NAMES[name] ?? { tr: name, ru: name }) };
  return Object.fromEntries(Object.entries(names).map(([lang, text]) => [`label:${lang}`, capitals ? text.toLocaleUpperCase(lang) : text]));
}

function pushClipped(out: Feature[], geometry: Geometry, box: [number, number, number, number], decimals: number, properties: Record<string, string>): void {
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon' && geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') return;
  const clipped = bboxClip(geometry, box).geometry;
  if (!hasCoordinates(clipped.coordinates)) return;
  out.push({ type: 'Feature', properties, geometry: roundGeometry(clipped, decimals) });
}

function hasCoordinates(c: unknown): boolean {
  return Array.isArray(c) && c.some((x) => (Array.isArray(x) && typeof x[0] === 'number') || hasCoordinates(x));
}

function largestPart(g: Polygon | MultiPolygon): Polygon {
  if (g.type === 'Polygon') return g;
  let best: Polygon = { type: 'Polygon', coordinates: g.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of g.coordinates) {
    const p: Polygon = { type: 'Polygon', coordinates };
    const a = area(p);
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

function point(lon: number, lat: number, decimals: number, properties: Record<string, string>): Feature {
  return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [round(lon, decimals), round(lat, decimals)] } };
}

/** Rounds every position and drops the consecutive duplicates rounding creates. */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const walk = (c: unknown): unknown => {
    if (!Array.isArray(c)) return c;
    if (typeof c[0] === 'number') return (c as Position).map((v) => round(v, decimals));
    const mapped = c.map(walk);
    if (Array.isArray(mapped[0]) && typeof (mapped[0] as unknown[])[0] === 'number') {
      return (mapped as Position[]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    }
    return mapped;
  };
  if (geometry.type === 'GeometryCollection') return geometry;
  return { ...geometry, coordinates: walk(geometry.coordinates) } as G;
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}
