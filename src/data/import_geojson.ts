import type { Feature, Geometry, Position } from 'geojson';
import * as gjv from 'geojson-validation';
import { featureInterval, parsePartialDate } from './dates.ts';

/** The largest file the explorer reads: bigger ones are refused before parsing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ImportResult {
  /** The features that can be drawn, with their properties untouched. */
  features: Feature[];
  /** One plain sentence per problem: which feature, and what is wrong. */
  problems: string[];
  refused: number;
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/**
 * Reads a user's GeoJSON file (a FeatureCollection, a Feature or a bare geometry): validates it
 * with geojson-validation and our own checks (finite coordinates on the globe, closed rings,
 * readable `start_date`/`end_date` in order), keeps what is valid and explains what is not.
 * It never throws: a file that cannot be read at all gives no features and one problem.
 */
export function importGeojson(text: string, byteLength: number): ImportResult {
  const refuse = (problem: string): ImportResult => ({ features: [], problems: [problem], refused: 0 });
  if (byteLength > MAX_IMPORT_BYTES) return refuse(`The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; the explorer reads files up to 20 MB.`);
  if (text.trim() === '') return refuse('The file is empty.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(`The file is not valid JSON (${(error as Error).message}).`);
  }
  const root = json as { type?: unknown; features?: unknown } | null;
  let candidates: unknown[];
  if (root?.type === 'FeatureCollection' && Array.isArray(root.features)) candidates = root.features;
  else if (root?.type === 'Feature') candidates = [root];
  else if (typeof root?.type === 'string' && GEOMETRY_TYPES.has(root.type)) candidates = [{ type: 'Feature', properties: {}, geometry: root }];
  else return refuse('The file is JSON but not GeoJSON: expected a FeatureCollection, a Feature or a geometry.');

  const features: Feature[] = [];
  const problems: string[] = [];
  candidates.forEach((candidate, index) => {
    const found = problemsOf(candidate);
    if (found.length === 0) features.push(candidate as Feature);
    else problems.push(`${describe(candidate, index)}: ${found.join('; ')}.`);
  });
  return { features, problems, refused: candidates.length - features.length };
}

function problemsOf(candidate: unknown): string[] {
  let trace: unknown;
  try {
    trace = gjv.isFeature(candidate, true);
  } catch {
    return ['it is not a GeoJSON feature'];
  }
  if (Array.isArray(trace) && trace.length > 0) return trace.slice(0, 3).map(String);
  const { geometry, properties } = candidate as { geometry: Geometry | null; properties: Record<string, unknown> | null };
  const problems: string[] = [];
  if (!geometry) problems.push('it has no geometry');
  else {
    const bad = positions(geometry).find(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon!) > 180 || Math.abs(lat!) > 90);
    if (bad) problems.push(`the position [${bad.join(', ')}] is not a longitude and latitude`);
  }
  for (const key of ['start_date', 'end_date']) {
    const value = properties?.[key];
    if (value !== undefined && (typeof value !== 'string' || !parsePartialDate(value))) problems.push(`${key} "${String(value).slice(0, 30)}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (problems.length === 0 && typeof properties?.start_date === 'string' && typeof properties.end_date === 'string') {
    const { start, end } = featureInterval(properties.start_date, properties.end_date);
    if (start >= end) problems.push(`start_date ${properties.start_date} is not before end_date ${properties.end_date}`);
  }
  return problems;
}

function describe(candidate: unknown, index: number): string {
  const props = (candidate as { properties?: Record<string, unknown> } | null)?.properties;
  const name = props && typeof props === 'object' ? (props.name ?? props.id) : undefined;
  return `Feature ${index + 1}${typeof name === 'string' || typeof name === 'number' ? ` ("${String(name).slice(0, 60)}")` : ''}`;
}

function positions(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positions);
  const walk = (c: unknown): Position[] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as Position] : Array.isArray(c) ? c.flatMap(walk) : []);
  return walk(geometry.coordinates);
}
