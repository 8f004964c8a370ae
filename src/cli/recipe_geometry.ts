import { createRequire } from 'node:module';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxPolygon, difference, intersect, union } from '@turf/turf';
import { REGION } from '../data/region.ts';

/** A geometry expression of a recipe (geodata/README.md, "Geometry expressions"). */
export type Expression =
  | { country: string }
  | { land: true }
  | { polygon: string[] }
  | { union: Expression[] }
  | { intersect: Expression[] }
  | { difference: Expression[] }
  | { ref: string }
  | { point: string }
  | { line: string[] };

export interface Waypoint {
  id: string;
  name: string;
  lon: number;
  lat: number;
  construction?: boolean;
  sources?: { id: string; locator: string }[];
  note?: string;
}

type Areal = Polygon | MultiPolygon;

export interface RecipeContext {
  waypoints: Map<string, Waypoint>;
  /** Looks up another feature's expression by id, for `ref`. */
  expressionOf: (featureId: string) => Expression | undefined;
}

const require = createRequire(import.meta.url);
let naturalEarth: { countries: Map<string, Areal>; land: Areal } | undefined;

/** Natural Earth 1:10m countries (by name) and land, read once from world-atlas. */
function ne10m() {
  if (naturalEarth) return naturalEarth;
  const countries = require('world-atlas/countries-10m.json') as Topology;
  const land = require('world-atlas/land-10m.json') as Topology;
  const fc = topoFeature(countries, countries.objects.countries as GeometryCollection<{ name: string }>) as FeatureCollection<Areal, { name: string }>;
  const landFc = topoFeature(land, land.objects.land) as FeatureCollection<Areal>;
  naturalEarth = {
    countries: new Map(fc.features.map((f) => [f.properties.name, f.geometry])),
    land: { type: 'MultiPolygon', coordinates: landFc.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)) },
  };
  return naturalEarth;
}

/**
 * Evaluates a geometry expression to a geometry clipped to the region.
 *
 * @throws Error naming the unknown country, waypoint, feature or operator
 */
export function evaluateExpression(expression: Expression, context: RecipeContext): Geometry {
  const result = evaluate(expression, context, []);
  if (result.type === 'Polygon' || result.type === 'MultiPolygon') {
    const clipped = intersect({ type: 'FeatureCollection', features: [wrap(result), bboxPolygon([...REGION])] });
    if (!clipped) throw new Error('the geometry lies wholly outside the region');
    return clipped.geometry;
  }
  return result;
}

function evaluate(expression: Expression, context: RecipeContext, refChain: string[]): Geometry {
  const keys = Object.keys(expression);
  if (keys.length !== 1) throw new Error(`an expression has exactly one key, not ${JSON.stringify(keys)}`);
  if ('country' in expression) {
    const geometry = ne10m().countries.get(expression.country);
    if (!geometry) throw new Error(`no Natural Earth country named "${expression.country}"`);
    return geometry;
  }
  if ('land' in expression) return ne10m().land;
  if ('polygon' in expression) {
    const ring = expression.polygon.map((id) => position(id, context));
    if (ring.length < 3) throw new Error('a polygon needs at least three waypoints');
    return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
  }
  if ('point' in expression) return { type: 'Point', coordinates: position(expression.point, context) };
  if ('line' in expression) return { type: 'LineString', coordinates: expression.line.map((id) => position(id, context)) };
  if ('ref' in expression) {
    if (refChain.includes(expression.ref)) throw new Error(`ref cycle: ${[...refChain, expression.ref].join(' -> ')}`);
    const target = context.expressionOf(expression.ref);
    if (!target) throw new Error(`ref to unknown feature "${expression.ref}"`);
    return evaluate(target, context, [...refChain, expression.ref]);
  }
  const [operator] = keys as ['union' | 'intersect' | 'difference'];
  const operands = (expression as Record<string, Expression[]>)[operator];
  if (!['union', 'intersect', 'difference'].includes(operator) || !Array.isArray(operands) || operands.length === 0) {
    throw new Error(`unknown expression ${JSON.stringify(expression).slice(0, 80)}`);
  }
  const parts = operands.map((e) => areal(evaluate(e, context, refChain), operator));
  if (parts.length === 1) return parts[0]!;
  const collection: FeatureCollection<Areal> = { type: 'FeatureCollection', features: parts.map(wrap) };
  const result = operator === 'union' ? union(collection) : operator === 'intersect' ? intersect(collection) : difference(collection);
  if (!result) throw new Error(`${operator} of ${parts.length} operands is empty`);
  return result.geometry;
}

function areal(geometry: Geometry, operator: string): Areal {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return geometry;
  throw new Error(`${operator} takes polygons, not a ${geometry.type}`);
}

function position(id: string, context: RecipeContext): Position {
  const waypoint = context.waypoints.get(id);
  if (!waypoint) throw new Error(`unknown waypoint "${id}"`);
  return [waypoint.lon, waypoint.lat];
}

function wrap(geometry: Areal): Feature<Areal> {
  return { type: 'Feature', properties: {}, geometry };
}
