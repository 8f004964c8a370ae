import type { Feature, Geometry, Position } from 'geojson';
import * as gjv from 'geojson-validation';
import { featureInterval, partialDateFault } from './dates.ts';
import type { Message } from './message.ts';
import { KIND_GEOMETRIES } from './contract.ts';

/** The largest file the explorer reads: bigger ones are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportResult {
  /** The features that can be drawn, with their properties untouched. */
  features: Feature[];
  /** One per problem: which feature (none for the file as a whole), and what is wrong. */
  problems: ImportProblem[];
  refused: number;
}

export interface ImportProblem {
  /** The feature's position in the file (1-based) and its name or id, if it has one. */
  feature?: { number: number; name?: string };
  message: Message;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * Reads a user's GeoJSON file (a FeatureCollection, a Feature or a bare geometry): validates it
 * with geojson-validation and our own checks (finite coordinates on the globe, closed rings,
 * readable `start_date`/`end_date` in order, and a geometry that suits the contract's `kind`
 * where a feature names one), keeps what is valid and explains what is not.
 * It never throws: a file that cannot be read at all gives no features and one problem.
 */
export function importGeojson(text: string, byteLength: number): ImportResult {
  const refuse = (key: string, params?: Message['params']): ImportResult => ({ features: [], problems: [{ message: { key, ...(params ? { params } : {}) } }], refused: 0 });
  if (byteLength > MAX_IMPORT_BYTES) return refuse('import.tooLarge', { mb: Math.round((byteLength / 1024 / 1024) * 10) / 10, limit: MAX_IMPORT_BYTES / 1024 / 1024 });
  if (text.trim() === '') return refuse('import.empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse('import.notJson', { detail: (error as Error).message });
  }
  const root = json as { type?: unknown; features?: unknown } | null;
  let candidates: unknown[];
  if (root?.type === 'FeatureCollection' && Array.isArray(root.features)) candidates = root.features;
  else if (root?.type === 'Feature') candidates = [root];
  else if (typeof root?.type === 'string' && GEOMETRY_TYPES.has(root.type)) candidates = [{ type: 'Feature', properties: {}, geometry: root }];
  else return refuse('import.notGeojson');

  const features: Feature[] = [];
  const problems: ImportProblem[] = [];
  candidates.forEach((candidate, index) => {
    const found = problemsOf(candidate);
    if (found.length === 0) features.push(candidate as Feature);
    else problems.push(...found.map((message) => ({ feature: describe(candidate, index), message })));
  });
  return { features, problems, refused: candidates.length - features.length };
}

function problemsOf(candidate: unknown): Message[] {
  let trace: unknown;
  try {
    trace = gjv.isFeature(candidate, true);
  } catch {
    return [{ key: 'import.notFeature' }];
  }
  if (Array.isArray(trace) && trace.length > 0) return trace.slice(0, 3).map((detail) => validationProblem(String(detail)));
  const { geometry, properties } = candidate as { geometry: Geometry | null; properties: Record<string, unknown> | null };
  const problems: Message[] = [];
  if (!geometry) problems.push({ key: 'import.noGeometry' });
  else {
    const bad = positions(geometry).find(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90);
    if (bad) problems.push({ key: 'import.badPosition', params: { position: `[${bad.join(', ')}]` } });
    // A file written to our contract (an export, edited) keeps its rule: ground is an area, an event a point, a flow a route.
    const kind = properties?.kind;
    const shapes = typeof kind === 'string' && Object.hasOwn(KIND_GEOMETRIES, kind) ? KIND_GEOMETRIES[kind as keyof typeof KIND_GEOMETRIES] : null;
    if (shapes && !shapes.includes(geometry.type)) problems.push({ key: 'import.kindGeometry', params: { kind: kind as string, geometry: geometry.type, expected: shapes.join(' / ') } });
  }
  for (const key of ['start_date', 'end_date']) {
    const value = properties?.[key];
    const fault = value === undefined ? null : partialDateFault(value);
    const params = { field: key, value: String(value).slice(0, 30) };
    if (fault?.fault === 'form') problems.push({ key: 'import.badDate', params });
    else if (fault?.fault === 'month') problems.push({ key: 'import.badMonth', params });
    else if (fault?.fault === 'day') problems.push({ key: 'import.badDay', params: { ...params, month: fault.month, days: fault.days } });
  }
  if (problems.length === 0 && typeof properties?.start_date === 'string' && typeof properties.end_date === 'string') {
    const { start, end } = featureInterval(properties.start_date, properties.end_date);
    if (start >= end) problems.push({ key: 'import.datesReversed', params: { start: properties.start_date, end: properties.end_date } });
  }
  return problems;
}

function describe(candidate: unknown, index: number): NonNullable<ImportProblem['feature']> {
  const props = (candidate as { properties?: Record<string, unknown> } | null)?.properties;
  const name = props && typeof props === 'object' ? (props.name ?? props.id) : undefined;
  return { number: index + 1, ...(typeof name === 'string' || typeof name === 'number' ? { name: String(name).slice(0, 60) } : {}) };
}

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positions);
  const walk = (c: unknown): Position[] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : Array.isArray(c) ? c.flatMap(walk) : []);
  return walk(geometry.coordinates);
}

/**
 * geojson-validation's findings (in English, one fixed sentence per rule) as messages the reader
 * gets in their language; a sentence it has not been taught is passed on as it is, as the detail.
 */
const VALIDATION_RULES: [RegExp, string][] = [
  [/must have a member with the name "(?<member>\w+)"/, 'import.missingMember'],
  [/type must be one of/, 'import.unknownType'],
  [/coordinates must be an array|Position must be an array/, 'import.coordinatesNotArray'],
  [/Position must only contain numbers/, 'import.positionNotNumbers'],
  [/first and last positions must be equivalent/, 'import.ringNotClosed'],
  [/at least four positions/, 'import.ringTooShort'],
  [/at least two elements/, 'import.tooFewPositions'],
];

function validationProblem(detail: string): Message {
  for (const [pattern, key] of VALIDATION_RULES) {
    const match = pattern.exec(detail);
    if (match) return { key, ...(match.groups ? { params: { ...match.groups } } : {}) };
  }
  return { key: 'import.invalidGeojson', params: { detail } };
}
