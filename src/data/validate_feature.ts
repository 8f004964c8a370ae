import type { Geometry, Position } from 'geojson';
import * as gjv from 'geojson-validation';
import { booleanClockwise, kinks } from '@turf/turf';
import { CONTROLS, KINDS, POWERS, PRECISIONS } from './contract.ts';
import { featureInterval, parsePartialDate, partialDateProblem } from './dates.ts';
import { inRegion } from './region.ts';
import { originalDateProblems } from './original_date.ts';

const REQUIRED = ['id', 'name', 'kind', 'power', 'control', 'precision', 'sources'] as const;
const ALLOWED = new Set<string>([...REQUIRED, 'start_date', 'end_date', 'note', 'original_date']);

/**
 * Checks one feature against the geodata contract: GeoJSON validity (geojson-validation), the
 * properties and their closed vocabularies, dates, polygon rings (closed, right-hand wound,
 * no self-intersections) and coordinates inside the region.
 *
 * @param knownSources - ids of geodata/sources.json
 * @returns plain sentences, one per problem; empty when the feature is sound
 */
export function validateFeature(feature: unknown, knownSources: ReadonlySet<string>): string[] {
  const trace = gjv.isFeature(feature, true) as string[] | boolean;
  if (Array.isArray(trace) && trace.length > 0) return trace.map((t) => `not valid GeoJSON: ${t}`);
  const { properties, geometry } = feature as { properties: Record<string, unknown> | null; geometry: Geometry | null };
  return [...checkProperties(properties ?? {}, knownSources), ...(geometry ? checkGeometry(geometry) : ['has no geometry'])];
}

function checkProperties(p: Record<string, unknown>, knownSources: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const key of REQUIRED) if (p[key] === undefined) problems.push(`property "${key}" is missing`);
  for (const key of Object.keys(p)) if (!ALLOWED.has(key)) problems.push(`property "${key}" is not in the contract`);
  for (const key of ['id', 'name', 'note'] as const) if (p[key] !== undefined && (typeof p[key] !== 'string' || p[key] === '')) problems.push(`"${key}" must be a non-empty string`);
  const vocab: [string, readonly string[]][] = [['kind', KINDS], ['power', POWERS], ['control', CONTROLS], ['precision', PRECISIONS]];
  for (const [key, values] of vocab) {
    if (p[key] !== undefined && !values.includes(p[key] as string)) problems.push(`${key} "${String(p[key])}" is not one of ${values.join(', ')}`);
  }
  for (const key of ['start_date', 'end_date'] as const) {
    const problem = p[key] === undefined ? null : partialDateProblem(p[key]);
    if (problem) problems.push(`${key} ${problem}`);
  }
  if (typeof p.start_date === 'string' && typeof p.end_date === 'string' && parsePartialDate(p.start_date) && parsePartialDate(p.end_date)) {
    const { start, end } = featureInterval(p.start_date, p.end_date);
    if (start >= end) problems.push(`start_date ${p.start_date} is not before end_date ${p.end_date}`);
  }
  if (p.original_date !== undefined) problems.push(...originalDateProblems(p.original_date, typeof p.start_date === 'string' ? [p.start_date] : []));
  if (p.sources !== undefined) {
    if (!Array.isArray(p.sources) || p.sources.length === 0) problems.push('"sources" must be a non-empty array of {id, locator}');
    else
      p.sources.forEach((s: unknown, i: number) => {
        const ref = s as { id?: unknown; locator?: unknown };
        if (typeof ref?.id !== 'string' || typeof ref.locator !== 'string' || ref.locator === '') problems.push(`sources[${i}] must be {id, locator} with a non-empty locator`);
        else if (!knownSources.has(ref.id)) problems.push(`sources[${i}].id "${ref.id}" is not in sources.json`);
      });
  }
  return problems;
}

function checkGeometry(geometry: Geometry): string[] {
  const problems: string[] = [];
  const outside = positions(geometry).find(([lon, lat]) => !inRegion(lon!, lat!));
  if (outside) problems.push(`coordinate [${outside.join(', ')}] lies outside the region`);
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return problems;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  polygons.forEach((rings, p) =>
    rings.forEach((ring, r) => {
      const where = geometry.type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`;
      const first = ring[0]!;
      const last = ring[ring.length - 1]!;
      if (first[0] !== last[0] || first[1] !== last[1]) problems.push(`${where} is not closed`);
      else if (booleanClockwise(ring) !== (r > 0)) problems.push(`${where} is wound ${r > 0 ? 'anticlockwise (holes go clockwise)' : 'clockwise (outer rings go anticlockwise, RFC 7946)'}`);
    }),
  );
  if (problems.length > 0) return problems;
  // Parts of a MultiPolygon may touch at points (OGC simple features), so each part is checked alone.
  polygons.forEach((rings, p) => {
    const crossings = kinks({ type: 'Polygon', coordinates: rings }).features;
    const where = geometry.type === 'Polygon' ? 'the polygon' : `polygon ${p}`;
    if (crossings.length > 0) problems.push(`${where} self-intersects at ${crossings.length} point(s), first at [${crossings[0]!.geometry.coordinates.join(', ')}]`);
  });
  return problems;
}

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positions);
  const walk = (c: unknown): Position[] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : Array.isArray(c) ? c.flatMap(walk) : []);
  return walk(geometry.coordinates);
}
