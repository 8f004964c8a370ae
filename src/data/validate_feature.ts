import type { Geometry, Position } from 'geojson';
import * as gjv from 'geojson-validation';
import { booleanClockwise, kinks } from '@turf/turf';
import { AREA_KINDS, CARGOES, CONTROLS, EVENT_TYPES, KIND_GEOMETRIES, KINDS, LOCAL_POWERS, POWERS, PRECISIONS, SOVEREIGN_CONTROLS } from './contract.ts';
import { featureInterval, parsePartialDate, partialDateProblem } from './dates.ts';
import { inRegion } from './region.ts';
import { originalDateProblems } from './original_date.ts';

const REQUIRED = ['id', 'name', 'kind', 'power', 'precision', 'sources'] as const;
const OPTIONAL = ['start_date', 'end_date', 'note', 'original_date', 'name:tr', 'name:ru'];

/** What each kind adds to the common properties, required or optional (its geometry: KIND_GEOMETRIES). */
const KIND_RULES: Record<string, { required: string[]; optional?: string[] }> = {
  ...Object.fromEntries(AREA_KINDS.map((kind) => [kind, { required: ['control'] }])),
  // Only held ground has someone running it under the holder; a claim on paper names no administrator.
  control: { required: ['control'], optional: ['administered_by'] },
  event: { required: ['event_type', 'participants', 'start_date', 'name:tr', 'name:ru'] },
  flow: { required: ['carries', 'start_date'] },
};
/** Properties that belong to one kind or another: on any other kind they are a mistake, named as such. */
const KIND_PROPERTIES = new Set(Object.values(KIND_RULES).flatMap((r) => [...r.required, ...(r.optional ?? [])]).filter((key) => !OPTIONAL.includes(key)));

/**
 * Checks one feature against the geodata contract: GeoJSON validity (geojson-validation), the
 * properties and their closed vocabularies, the rules of its kind (a claim or control is a
 * (Multi)Polygon with a `control`; an event a Point on a day, with its type, parties and names in
 * every language; a flow a line with what it carried), dates, polygon rings (closed, right-hand
 * wound, no self-intersections) and coordinates inside the region.
 *
 * @param knownSources - ids of geodata/sources.json
 * @returns plain sentences, one per problem; empty when the feature is sound
 */
export function validateFeature(feature: unknown, knownSources: ReadonlySet<string>): string[] {
  const trace = gjv.isFeature(feature, true) as string[] | boolean;
  if (Array.isArray(trace) && trace.length > 0) return trace.map((t) => `not valid GeoJSON: ${t}`);
  const { properties, geometry } = feature as { properties: Record<string, unknown> | null; geometry: Geometry | null };
  const p = properties ?? {};
  return [...checkProperties(p, knownSources), ...checkKind(p, geometry), ...(geometry ? checkGeometry(geometry) : ['has no geometry'])];
}

/** The rules of the feature's kind: its own properties, no other kind's, and its geometry type. */
function checkKind(p: Record<string, unknown>, geometry: Geometry | null): string[] {
  const kind = String(p.kind);
  const rules = KIND_RULES[kind];
  if (!rules) return [];
  const problems: string[] = [];
  for (const key of rules.required) if (p[key] === undefined) problems.push(`property "${key}" is missing (a feature of kind "${kind}" needs it)`);
  const own = [...rules.required, ...(rules.optional ?? [])];
  for (const key of KIND_PROPERTIES) if (p[key] !== undefined && !own.includes(key)) problems.push(`property "${key}" is not allowed on a feature of kind "${kind}"`);
  const shapes = KIND_GEOMETRIES[kind as keyof typeof KIND_GEOMETRIES];
  if (geometry && !shapes.includes(geometry.type)) problems.push(`geometry is a ${geometry.type}; a feature of kind "${kind}" must be a ${shapes.join(' or ')}`);
  if (kind === 'event') {
    if (p.event_type !== undefined && !(EVENT_TYPES as readonly string[]).includes(p.event_type as string)) problems.push(`event_type "${String(p.event_type)}" is not one of ${EVENT_TYPES.join(', ')}`);
    problems.push(...codeListProblems(p, 'participants', POWERS));
    if (p.participants !== undefined && Array.isArray(p.participants) && !p.participants.includes(p.power)) problems.push(`participants must include the feature's power "${String(p.power)}"`);
    if (typeof p.start_date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(p.start_date)) problems.push(`start_date ${p.start_date} must be a day (YYYY-MM-DD): an event happened on a day`);
  }
  if (kind === 'flow') problems.push(...codeListProblems(p, 'carries', CARGOES));
  if (kind === 'control' && p.administered_by !== undefined) {
    if (!(POWERS as readonly string[]).includes(p.administered_by as string)) problems.push(`administered_by "${String(p.administered_by)}" is not one of ${POWERS.join(', ')}`);
    else if (p.administered_by === p.power) problems.push(`administered_by "${String(p.administered_by)}" is the feature's own power: name it only where another government ran the holder's ground`);
  }
  if (SOVEREIGN_CONTROLS.includes(p.control as string) && p.power === 'INT') problems.push(`control "${String(p.control)}" leaves the title with the feature's power, which must be the sovereign, not INT`);
  if (LOCAL_POWERS.includes(p.power as string) && kind !== 'control') problems.push(`power "${String(p.power)}" is a local authority, not a state: it may hold ground (kind "control"), not a feature of kind "${kind}"`);
  return problems;
}

/** A non-empty array of distinct codes from a closed vocabulary. */
function codeListProblems(p: Record<string, unknown>, key: string, codes: readonly string[]): string[] {
  const value = p[key];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) return [`"${key}" must be a non-empty array of ${codes.join(', ')}`];
  const problems = value.flatMap((code: unknown, i) => (codes.includes(code as string) ? [] : [`${key}[${i}] "${String(code)}" is not one of ${codes.join(', ')}`]));
  if (new Set(value).size !== value.length) problems.push(`"${key}" names a code twice`);
  return problems;
}

function checkProperties(p: Record<string, unknown>, knownSources: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const key of REQUIRED) if (p[key] === undefined) problems.push(`property "${key}" is missing`);
  for (const key of Object.keys(p)) if (![...REQUIRED, ...OPTIONAL].includes(key) && !KIND_PROPERTIES.has(key)) problems.push(`property "${key}" is not in the contract`);
  for (const key of ['id', 'name', 'name:tr', 'name:ru', 'note'] as const) if (p[key] !== undefined && (typeof p[key] !== 'string' || p[key] === '')) problems.push(`"${key}" must be a non-empty string`);
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
