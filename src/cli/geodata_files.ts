import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AID_LEDGER_FILE, type GeodataSnapshot } from '../data/validate_geodata.ts';
import type { CslItem, LayerFeatureProperties, LayerResource, Translations, Vocabulary } from '../data/contract.ts';
import type { Expression, Waypoint } from './recipe_geometry.ts';

/** A recipe file: one layer's catalogue entry and features (geodata/README.md). */
export interface Recipe {
  id: string;
  resource: LayerResource;
  /** `slice_by`: layers whose features in force are cut out of this one, period by period. */
  features: { properties: LayerFeatureProperties; geometry: Expression; slice_by?: string[] }[];
}

/** The hand-written inputs of the geodata folder, parsed. */
export interface GeodataInputs {
  recipes: Recipe[];
  waypoints: Waypoint[];
  sources: CslItem[];
  /** Guided tours (geodata/tours/<id>.json), listed in the catalogue. */
  tours: { id: string; title: string; translations?: Translations<'title'> }[];
  /** The closed vocabularies' terms in every language (geodata/vocabulary.json). */
  vocabulary: Vocabulary;
}

/**
 * Reads recipes, waypoints and sources from a geodata folder, in a stable (file name) order.
 *
 * @throws Error naming the file that is not valid JSON
 */
export function readGeodataInputs(dir: string): GeodataInputs {
  return {
    recipes: jsonFiles(join(dir, 'recipes')).map(([, value]) => value as Recipe),
    waypoints: jsonFiles(join(dir, 'waypoints')).flatMap(([, value]) => (value as { waypoints: Waypoint[] }).waypoints),
    sources: readJson(join(dir, 'sources.json')) as CslItem[],
    tours: existsSync(join(dir, 'tours')) ? jsonFiles(join(dir, 'tours')).map(([, value]) => value as GeodataInputs['tours'][number]) : [],
    vocabulary: readJson(join(dir, 'vocabulary.json')) as Vocabulary,
  };
}

/** Every `*.json` in a folder, sorted by name, parsed. */
export function jsonFiles(dir: string): [string, unknown][] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, readJson(join(dir, name))]);
}

export function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
}

/** Reads the published files of a geodata folder (layers, catalogue, bibliography, excerpts, and the aid ledger where there is one). */
export function readSnapshot(dir: string): GeodataSnapshot {
  const layers: Record<string, unknown> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.geojson')).sort()) layers[name] = readJson(join(dir, name));
  const ledger = join(dir, AID_LEDGER_FILE);
  return { layers, datapackage: readJson(join(dir, 'datapackage.json')), sources: readJson(join(dir, 'sources.json')), excerpts: readJson(join(dir, 'excerpts.json')), ...(existsSync(ledger) ? { aidLedger: readJson(ledger) } : {}) };
}
