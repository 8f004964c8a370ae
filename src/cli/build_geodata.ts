import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Geometry, Position } from 'geojson';
import { rewind } from '@turf/turf';
import { CONTRACT_REVISION, CONTRACT_VERSION, COORDINATE_DECIMALS, CARGOES, CONTROLS, EVENT_TYPES, KINDS, POWERS, PRECISIONS, type CslItem, type Translations, type Vocabulary } from '../data/contract.ts';
import { POWER_COLORS } from '../data/powers.ts';
import { roundGeometry } from './basemap.ts';
import { readGeodataInputs, type GeodataInputs, type Recipe } from './geodata_files.ts';
import { evaluateExpression, type Expression } from './recipe_geometry.ts';
import { featureInterval } from '../data/dates.ts';
import { sliceFeature, type Cutter } from './slice_feature.ts';

/**
 * Builds every layer file and datapackage.json from the recipes, waypoints and sources of a
 * geodata folder, in memory: file name -> content. Output is deterministic (recipe order, one
 * feature per line, 5 decimals), so a rebuild of unchanged inputs changes no byte.
 *
 * @throws Error naming the layer and feature whose geometry cannot be built
 */
export function buildGeodata(dir: string): Map<string, string> {
  const { recipes, waypoints, sources, tours, vocabulary } = readGeodataInputs(dir);
  const expressions = new Map<string, Expression>();
  for (const recipe of recipes) for (const f of recipe.features) expressions.set(f.properties.id, f.geometry);
  const context = { waypoints: new Map(waypoints.map((w) => [w.id, w])), expressionOf: (id: string) => expressions.get(id) };

  const evaluate = (layer: string, id: string, expression: Expression) => {
    try {
      return evaluateExpression(expression, context);
    } catch (error) {
      throw new Error(`${layer} / ${id}: ${(error as Error).message}`);
    }
  };
  // Plain features first, so that sliced ones can be cut by whatever they name.
  const built = new Map<string, Geometry>();
  const cutters = new Map<string, Cutter[]>();
  for (const recipe of recipes) {
    for (const f of recipe.features) {
      if (f.slice_by) continue;
      const geometry = evaluate(recipe.id, f.properties.id, f.geometry);
      built.set(f.properties.id, geometry);
      const list = cutters.get(recipe.id) ?? [];
      list.push({ geometry, interval: featureInterval(f.properties.start_date, f.properties.end_date) });
      cutters.set(recipe.id, list);
    }
  }
  const files = new Map<string, string>();
  for (const recipe of recipes) {
    const lines = recipe.features.flatMap((f) => {
      const pieces = f.slice_by
        ? sliceFeature(f.properties, evaluate(recipe.id, f.properties.id, f.geometry), f.slice_by.flatMap((layer) => cutters.get(layer) ?? []))
        : [{ properties: f.properties, geometry: built.get(f.properties.id)! }];
      return pieces.map((p) => JSON.stringify({ type: 'Feature', properties: p.properties, geometry: normalise(p.geometry) }));
    });
    files.set(`${recipe.id}.geojson`, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
  }
  files.set('datapackage.json', `${JSON.stringify(dataPackage(recipes, sources, tours, vocabulary), null, 2)}\n`);
  return files;
}

/** Rounds to 5 decimals and winds rings by RFC 7946's right-hand rule. */
function normalise(geometry: Geometry): Geometry {
  const rounded = withoutCollapsedRings(roundGeometry(geometry, COORDINATE_DECIMALS));
  return rounded.type === 'Polygon' || rounded.type === 'MultiPolygon' ? (rewind(rounded) as Geometry) : rounded;
}

/**
 * Drops the rings that rounding collapsed below four positions: a sliver a metre wide left
 * where two features' edges meet (the ground left to Ankara along the Chatalja zone) is no
 * ground, and a ring of three positions is not GeoJSON. A polygon whose outer ring collapsed
 * goes with its holes.
 */
function withoutCollapsedRings(geometry: Geometry): Geometry {
  const whole = (ring: Position[]) => ring.length >= 4;
  // A lone polygon that collapsed whole is left for the validator to name.
  if (geometry.type === 'Polygon') return whole(geometry.coordinates[0]!) ? { ...geometry, coordinates: geometry.coordinates.filter(whole) } : geometry;
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.filter((rings) => whole(rings[0]!)).map((rings) => rings.filter(whole)) };
  return geometry;
}

function dataPackage(recipes: Recipe[], sources: CslItem[], tours: GeodataInputs['tours'], vocabulary: Vocabulary) {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const sourceEntry = (id: string) => {
    const item = byId.get(id);
    return { id, title: item?.title ?? id, ...(item?.URL ? { path: item.URL } : {}) };
  };
  return {
    profile: 'data-package',
    name: 'ottoman-partition-1914-1923',
    title: 'The partition of the Ottoman Empire and the Soviet-Turkish settlement, 1914-1923',
    description: 'Claims (what treaties assigned on paper) and control (who held the ground), one layer per act or topic. Generated by npm run build-geodata from geodata/recipes; see geodata/README.md.',
    version: `${CONTRACT_VERSION}.${CONTRACT_REVISION}.0`,
    contract_version: CONTRACT_VERSION,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    bibliography: 'sources.json',
    tours: tours.map((t) => ({ id: t.id, title: t.title, ...translationsOf(t.translations, ['title']), path: `tours/${t.id}.json` })),
    style: { power_colors: POWER_COLORS },
    vocabulary,
    resources: recipes.map((r) => ({
      name: r.id,
      path: `${r.id}.geojson`,
      format: 'geojson',
      mediatype: 'application/geo+json',
      encoding: 'utf-8',
      title: r.resource.title,
      description: r.resource.description,
      ...translationsOf(r.resource.translations, ['title', 'description']),
      group: r.resource.group,
      temporal: r.resource.temporal,
      lifecycle: r.resource.lifecycle,
      ...(r.resource.never_in_force ? { never_in_force: true } : {}),
      ...(r.resource.notes ? { notes: r.resource.notes } : {}),
      licenses: [{ name: 'CC-BY-4.0' }],
      sources: r.resource.sources.map(sourceEntry),
      schema: FEATURE_SCHEMA,
    })),
  };
}

/** An entry's `translations`, keeping only the catalogue's fields, or nothing when it has none. */
function translationsOf<F extends string>(translations: Translations<string> | undefined, fields: F[]): { translations?: Translations<F> } {
  if (!translations) return {};
  const kept = Object.entries(translations).map(([lang, texts]) => [lang, Object.fromEntries(fields.filter((f) => texts?.[f] !== undefined).map((f) => [f, texts![f]]))]);
  return { translations: Object.fromEntries(kept) as Translations<F> };
}

/** Table Schema of feature properties, the contract's vocabularies as enum constraints. */
const FEATURE_SCHEMA = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true } },
    { name: 'name', type: 'string', constraints: { required: true } },
    { name: 'kind', type: 'string', constraints: { required: true, enum: [...KINDS] } },
    { name: 'power', type: 'string', constraints: { required: true, enum: [...POWERS] } },
    { name: 'control', type: 'string', description: 'claim and control only', constraints: { enum: [...CONTROLS] } },
    { name: 'event_type', type: 'string', description: 'events only (required there)', constraints: { enum: [...EVENT_TYPES] } },
    { name: 'participants', type: 'array', description: 'events only (required there): the power codes taking part, the feature\'s power among them' },
    { name: 'name:tr', type: 'string', description: 'the name in Turkish: required on events; on other kinds the gloss of a name written as English prose' },
    { name: 'name:ru', type: 'string', description: 'the name in Russian: required on events; on other kinds the gloss of a name written as English prose' },
    { name: 'carries', type: 'array', description: `flows only (required there): what moved along the route, of ${CARGOES.join(', ')}` },
    { name: 'start_date', type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD; inclusive; absent = open', constraints: { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
    { name: 'end_date', type: 'string', description: 'YYYY, YYYY-MM or YYYY-MM-DD; exclusive; absent = open', constraints: { pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
    { name: 'precision', type: 'string', constraints: { required: true, enum: [...PRECISIONS] } },
    { name: 'sources', type: 'array', description: 'array of {id, locator}; id resolves in sources.json', constraints: { required: true } },
    { name: 'note', type: 'string' },
    { name: 'original_date', type: 'object', description: '{calendar: julian|rumi|hijri, text}: the date as the source wrote it in another calendar; names the start_date\'s day' },
  ],
  primaryKey: 'id',
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('../../geodata', import.meta.url));
  const files = buildGeodata(dir);
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  console.log(`Wrote ${files.size} files to geodata/: ${[...files.keys()].join(', ')}`);
}
